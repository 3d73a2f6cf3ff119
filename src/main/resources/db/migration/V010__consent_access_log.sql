create schema if not exists consent;

-- Who read or changed whose client data, when, and on what basis (Client Data Act 703/2023).
-- Append-only: a trigger refuses updates, deletes and truncation. Each entry carries the hash of
-- the entry before it, so that a changed or removed entry breaks the chain and is found.
create table consent.access_log (
    sequence           bigint primary key,
    logged_at          timestamptz not null,
    actor              text not null,
    actor_role         text not null,
    actor_organisation uuid,
    action             text not null check (action in ('READ', 'WRITE', 'DENIED')),
    record_kind        text not null,
    record_id          text not null,
    subject_ids        uuid[] not null default '{}',
    basis              text not null,
    previous_hash      text not null,
    hash               text not null
);
create index access_log_by_subject on consent.access_log using gin (subject_ids);
create index access_log_by_actor on consent.access_log (actor, logged_at);

create function consent.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'consent.access_log is append-only';
end
$$;
create trigger access_log_is_append_only before update or delete or truncate on consent.access_log
    for each statement execute function consent.refuse_change();
