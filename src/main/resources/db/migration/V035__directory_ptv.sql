-- Services imported from the Suomi.fi service catalogue (PTV, issue 20): which service came from it, what it was when
-- last imported (PTV's modification time and a fingerprint of the service with its channels, so a re-import that
-- brings nothing new changes nothing), the municipalities it was found through, and the rows its channels became,
-- so the next import replaces those and leaves what editors added.
create table directory.ptv_service (
    service_id   uuid primary key references directory.service (id),
    modified     timestamptz,
    fingerprint  text not null,
    found_in     text[] not null,
    channel_ids  uuid[] not null default '{}',
    channel_rows uuid[] not null default '{}',
    place_links  uuid[] not null default '{}',
    imported_at  timestamptz not null default now()
);
create index ptv_service_by_channel on directory.ptv_service using gin (channel_ids);

-- Each import run: what was asked of PTV (the municipalities and, for an incremental run, the modification time
-- it asked from) and its report.
create table directory.ptv_import (
    id             uuid primary key,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    started_by     text not null,
    municipalities text[] not null,
    full_import    boolean not null,
    since          timestamptz,
    outcome        text not null check (outcome in ('DONE', 'UNREACHABLE', 'REFUSED')),
    report         jsonb not null
);
create index ptv_import_latest on directory.ptv_import (started_at desc);
