-- Residents make their own accounts: the address is confirmed before the account opens, and a
-- forgotten password is replaced through a link sent to the confirmed address.
alter table platform.account add column email_verified_at timestamptz;
-- When the person last proved who they are with strong identification (the county's OpenID
-- Connect broker); only that links an account to a resident of the population register.
alter table platform.account add column identified_at timestamptz;

-- A confirmed address signs in like a username, so it belongs to one account.
create unique index account_verified_email_key on platform.account (lower(email)) where email_verified_at is not null;
-- One account per resident.
create unique index account_resident_key on platform.account (resident_id) where resident_id is not null;

-- Single-use links sent by e-mail. Only the SHA-256 of the token is kept: the database alone
-- cannot open anyone's account.
create table platform.account_token (
    token_hash  text primary key,
    account_id  uuid not null references platform.account (id),
    purpose     text not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_by_account on platform.account_token (account_id, purpose, created_at);
