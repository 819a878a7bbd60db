-- Avatars: a person's 3D bodies. Each processing attempt from a pair of photos is a run; every change of
-- measurements (from photos, by hand, or a restore) is a new version; the mesh is derived from a version's
-- measurements and never stored as the truth.
create table avatars (
    id               uuid primary key,
    owner_id         uuid not null references users (id) on delete cascade,
    name             text not null check (length(name) between 1 and 80),
    is_default       boolean not null default false,
    status           text not null check (status in ('processing', 'ready', 'failed')),
    current_version  integer not null default 0,
    height_cm        numeric(5, 1) not null check (height_cm between 120 and 250),
    weight_kg        numeric(5, 1) check (weight_kg between 25 and 300),
    age              integer check (age between 13 and 120),
    sex              text not null default 'unspecified' check (sex in ('female', 'male', 'unspecified')),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create unique index avatars_one_default_idx on avatars (owner_id) where is_default;
create index avatars_owner_idx on avatars (owner_id, created_at desc);

create table avatar_runs (
    id               uuid primary key,
    avatar_id        uuid not null references avatars (id) on delete cascade,
    job_id           uuid,
    stage            text not null check (stage in ('queued', 'checking', 'segmenting', 'detecting_pose', 'measuring', 'building_mesh', 'ready', 'failed')),
    percent          smallint not null default 0 check (percent between 0 and 100),
    failure_code     text,
    failure_message  text,
    timings          jsonb not null default '{}'::jsonb,
    created_at       timestamptz not null default now(),
    finished_at      timestamptz
);
create index avatar_runs_avatar_idx on avatar_runs (avatar_id, created_at desc);

-- The photos of a run: the original with every metadata block removed, and an upright, re-encoded copy.
create table avatar_photos (
    id                uuid primary key,
    run_id            uuid not null references avatar_runs (id) on delete cascade,
    view              text not null check (view in ('front', 'side')),
    original_key      text not null,
    normalized_key    text not null,
    content_type      text not null,
    size_bytes        integer not null,
    width             integer not null,
    height            integer not null,
    removed_metadata  jsonb not null,
    uploaded_at       timestamptz not null default now(),
    unique (run_id, view)
);

create table avatar_versions (
    avatar_id      uuid not null references avatars (id) on delete cascade,
    version        integer not null check (version >= 1),
    source         text not null check (source in ('photos', 'manual', 'restored')),
    measurements   jsonb not null,
    body_type      text not null,
    skin_tone      text check (skin_tone ~ '^#[0-9a-f]{6}$'),
    run_id         uuid references avatar_runs (id) on delete set null,
    restored_from  integer,
    warnings       jsonb not null default '[]'::jsonb,
    created_by     uuid,
    created_at     timestamptz not null default now(),
    primary key (avatar_id, version)
);

-- A request repeated with the same Idempotency-Key gets the first answer instead of doing the work twice.
create table idempotency_keys (
    owner_id      uuid not null references users (id) on delete cascade,
    key           text not null check (length(key) between 1 and 200),
    request_hash  text not null,
    status_code   integer not null,
    response      jsonb not null,
    created_at    timestamptz not null default now(),
    primary key (owner_id, key)
);
