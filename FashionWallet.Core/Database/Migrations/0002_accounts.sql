-- Accounts: people, their sign-in sessions and rotating refresh tokens, single-use tokens sent by email,
-- the email outbox, and the audit log of security events.
create extension if not exists citext;

create table users (
    id                 uuid primary key,
    email              citext not null unique check (length(email) between 3 and 255),
    email_verified_at  timestamptz,
    password_hash      text not null,
    display_name       text not null check (length(display_name) between 1 and 100),
    preferred_units    text not null default 'metric' check (preferred_units in ('metric', 'imperial')),
    role               text not null default 'designer' check (role in ('designer', 'admin')),
    failed_sign_ins    integer not null default 0,
    first_failed_at    timestamptz,
    locked_until       timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- A session is one signed-in device; its refresh tokens form one rotation family.
create table sessions (
    id            uuid primary key,
    user_id       uuid not null references users (id) on delete cascade,
    remember      boolean not null,
    user_agent    text,
    ip            inet,
    created_at    timestamptz not null default now(),
    last_seen_at  timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    revoked_reason text
);
create index sessions_user_idx on sessions (user_id) where revoked_at is null;

-- Only hashes are stored. A token that was rotated (replaced_at set) and is presented again was stolen:
-- its whole session is revoked.
create table refresh_tokens (
    id           uuid primary key,
    session_id   uuid not null references sessions (id) on delete cascade,
    token_hash   bytea not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    replaced_at  timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

-- Single-use tokens sent by email: verify an address, reset a password, confirm a new address.
create table account_tokens (
    id            uuid primary key,
    user_id       uuid not null references users (id) on delete cascade,
    purpose       text not null check (purpose in ('verify_email', 'reset_password', 'change_email')),
    token_hash    bytea not null unique,
    email         citext not null,
    requester_ip  inet,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    used_at       timestamptz
);
create index account_tokens_user_idx on account_tokens (user_id, purpose);

-- Every email goes through here; a worker delivers it (SMTP when configured). In development the web app's
-- dev mailbox shows them.
create table email_outbox (
    id          uuid primary key,
    user_id     uuid references users (id) on delete set null,
    to_address  text not null,
    subject     text not null,
    text_body   text not null,
    html_body   text not null,
    purpose     text not null,
    status      text not null default 'queued' check (status in ('queued', 'sent', 'stored', 'failed')),
    attempts    integer not null default 0,
    last_error  text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index email_outbox_created_idx on email_outbox (created_at desc);

create table audit_events (
    id           uuid primary key,
    occurred_at  timestamptz not null default now(),
    event        text not null,
    severity     text not null check (severity in ('low', 'medium', 'high', 'critical')),
    user_id      uuid,
    actor_id     uuid,
    email        citext,
    ip           inet,
    user_agent   text,
    details      jsonb not null default '{}'::jsonb
);
create index audit_events_time_idx on audit_events (occurred_at desc, id);
create index audit_events_user_idx on audit_events (user_id, occurred_at desc);
create index audit_events_event_idx on audit_events (event, occurred_at desc);
