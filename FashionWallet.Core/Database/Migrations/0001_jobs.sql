-- The job queue: every piece of background work (avatar inference, renders, exports, email).
-- Workers claim rows with FOR UPDATE SKIP LOCKED and hold a lease (locked_until) that they renew;
-- a row whose lease ran out belongs to a lost worker and is handed to another.
create table jobs (
    id                uuid primary key,
    type              text not null check (length(type) between 1 and 100),
    payload           jsonb not null default '{}'::jsonb,
    status            text not null default 'queued'
                      check (status in ('queued', 'processing', 'completed', 'failed', 'cancelled')),
    priority          smallint not null default 5 check (priority between 1 and 10),
    attempts          integer not null default 0,
    max_attempts      integer not null default 5 check (max_attempts between 1 and 100),
    run_at            timestamptz not null default now(),
    locked_by         text,
    locked_until      timestamptz,
    cancel_requested  boolean not null default false,
    progress_percent  smallint not null default 0 check (progress_percent between 0 and 100),
    progress_message  text,
    last_error        text,
    result            jsonb,
    dedupe_key        text,
    owner_id          uuid,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    updated_at        timestamptz not null default now()
);

create index jobs_ready_idx on jobs (type, priority desc, run_at) where status = 'queued';
create index jobs_lease_idx on jobs (locked_until) where status = 'processing';
create unique index jobs_dedupe_idx on jobs (dedupe_key)
    where dedupe_key is not null and status in ('queued', 'processing');
create index jobs_finished_idx on jobs (finished_at) where status in ('completed', 'failed', 'cancelled');
create index jobs_owner_idx on jobs (owner_id, created_at desc) where owner_id is not null;

-- Each worker process announces itself here so operators can see who is alive and what it runs.
create table worker_heartbeats (
    worker_id   text primary key,
    host        text not null,
    pid         integer not null,
    job_types   text[] not null,
    started_at  timestamptz not null,
    last_seen   timestamptz not null
);
