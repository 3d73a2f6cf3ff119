create schema if not exists platform;

-- Local accounts of staff and residents. Never deleted: an account that must go is disabled.
create table platform.account (
    id              uuid primary key,
    username        text not null,
    password_hash   text not null,
    display_name    text not null,
    email           text,
    roles           text[] not null,
    -- Where a professional works; references network's records by id only (a module owns its tables).
    organisation_id uuid,
    unit_id         uuid,
    -- The resident a resident account belongs to; references population by id only.
    resident_id     uuid,
    preferred_language text not null default 'fi' check (preferred_language in ('fi', 'sv', 'en')),
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    constraint account_username_is_lower_case check (username = lower(username)),
    constraint account_has_a_role check (cardinality(roles) > 0)
);
create unique index account_username_key on platform.account (username);

-- Every sign-in attempt, kept for throttling and for the security log.
create table platform.sign_in_attempt (
    id           bigint generated always as identity primary key,
    username     text not null,
    remote_address text,
    succeeded    boolean not null,
    attempted_at timestamptz not null default now()
);
create index sign_in_attempt_recent_failures on platform.sign_in_attempt (username, attempted_at) where not succeeded;
create index sign_in_attempt_recent_by_address on platform.sign_in_attempt (remote_address, attempted_at) where not succeeded;
