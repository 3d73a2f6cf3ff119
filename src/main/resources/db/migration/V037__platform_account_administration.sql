-- An account's roles in its units over time. The account row keeps what holds today (what signing
-- in and the other modules read); the memberships say from when and until when. An account with
-- memberships but none in force today cannot sign in.
create table platform.account_membership (
    id              uuid primary key,
    account_id      uuid not null references platform.account (id),
    role            text not null,
    -- Where the role is held; references network's records by id only.
    organisation_id uuid,
    unit_id         uuid,
    starts_on       date not null,
    ends_on         date,
    created_at      timestamptz not null default now(),
    constraint membership_ends_after_it_starts check (ends_on is null or ends_on >= starts_on)
);
create index account_membership_by_account on platform.account_membership (account_id, starts_on);

-- Every change an administrator makes to an account, with who made it and why. Append-only.
create table platform.security_log (
    sequence    bigint generated always as identity primary key,
    logged_at   timestamptz not null,
    actor       text not null,
    account_id  uuid references platform.account (id),
    action      text not null,
    reason      text not null,
    details     text not null default ''
);
create index security_log_by_account on platform.security_log (account_id, sequence);

-- Set by an administrator: the old password no longer signs in, a link to set a new one is sent.
alter table platform.account add column password_reset_at timestamptz;
alter table platform.account add column disabled_at timestamptz;
