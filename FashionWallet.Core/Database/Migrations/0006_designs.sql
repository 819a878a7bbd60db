-- Designs: a garment document (jsonb) edited by operations. Every applied step is kept with its inverse so undo and
-- redo survive a reload; history_head says how many steps are applied (steps after it can be redone). Named versions
-- are full snapshots. Deleting sends a design to the trash; the workers purge it 30 days later.
create table design_folders (
    id          uuid primary key,
    owner_id    uuid not null references users (id) on delete cascade,
    parent_id   uuid references design_folders (id) on delete cascade,
    name        text not null check (length(name) between 1 and 80),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (parent_id is null or parent_id <> id)
);
create index design_folders_owner_idx on design_folders (owner_id, parent_id);

create table designs (
    id               uuid primary key,
    owner_id         uuid not null references users (id) on delete cascade,
    name             text not null check (length(name) between 1 and 120),
    description      text not null default '' check (length(description) <= 2000),
    avatar_id        uuid references avatars (id) on delete set null,
    category         text not null default 'outfit' check (category in ('outfit', 'top', 'bottom', 'dress', 'outerwear', 'collection')),
    status           text not null default 'draft' check (status in ('draft', 'published', 'archived')),
    tags             text[] not null default '{}',
    folder_id        uuid references design_folders (id) on delete set null,
    is_template      boolean not null default false,
    template_id      uuid references designs (id) on delete set null,
    document         jsonb not null,
    version          integer not null default 1 check (version >= 1),
    history_head     integer not null default 0 check (history_head >= 0),
    deleted_at       timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index designs_owner_idx on designs (owner_id, updated_at desc) where deleted_at is null;
create index designs_tags_idx on designs using gin (tags);
create index designs_trash_idx on designs (deleted_at) where deleted_at is not null;
create index designs_published_templates_idx on designs (updated_at desc) where is_template and status = 'published' and deleted_at is null;

-- One row per applied step (one request's operations); seq counts from 1 per design.
create table design_history (
    design_id      uuid not null references designs (id) on delete cascade,
    seq            integer not null check (seq >= 1),
    kind           text not null check (kind in ('edit', 'restore')),
    operations     jsonb not null,
    inverse        jsonb not null,
    version_after  integer not null,
    author_id      uuid,
    created_at     timestamptz not null default now(),
    primary key (design_id, seq)
);

create table design_versions (
    design_id   uuid not null references designs (id) on delete cascade,
    number      integer not null check (number >= 1),
    name        text not null check (length(name) between 1 and 120),
    document    jsonb not null,
    design_version integer not null,
    author_id   uuid,
    created_at  timestamptz not null default now(),
    primary key (design_id, number)
);
