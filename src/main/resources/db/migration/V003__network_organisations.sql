create schema if not exists network;

-- Municipalities of the county, by the official municipality code.
create table network.municipality (
    code     text primary key check (code ~ '^[0-9]{3}$'),
    name_fi  text not null,
    name_sv  text not null,
    latitude  double precision not null,
    longitude double precision not null
);

create table network.organisation (
    id       uuid primary key,
    kind     text not null check (kind in ('COUNTY', 'MUNICIPALITY', 'NGO', 'PARISH', 'KELA')),
    name_fi  text not null,
    name_sv  text,
    name_en  text,
    business_id text,
    municipality_code text references network.municipality (code),
    website  text,
    created_at timestamptz not null default now()
);

create table network.unit (
    id              uuid primary key,
    organisation_id uuid not null references network.organisation (id),
    kind            text not null,
    name_fi         text not null,
    name_sv         text,
    name_en         text,
    municipality_code text references network.municipality (code),
    phone           text,
    email           text,
    created_at      timestamptz not null default now()
);
create index unit_by_organisation on network.unit (organisation_id);
