create schema if not exists population;

-- A stand-in for the Population Information System: residents, the households they live in and
-- guardianships. Personal data: never deleted, and in this repository only synthetic.
create table population.household (
    id                uuid primary key,
    municipality_code text not null,
    street_address    text not null,
    postcode          text not null check (postcode ~ '^[0-9]{5}$')
);

create table population.resident (
    id                uuid primary key,
    personal_identity_code text not null,
    first_names       text not null,
    last_name         text not null,
    birth_date        date not null,
    municipality_code text not null,
    household_id      uuid not null references population.household (id),
    mother_tongue     text not null check (mother_tongue in ('fi', 'sv', 'en', 'other'))
);
create unique index resident_personal_identity_code_key on population.resident (personal_identity_code);
create index resident_by_household on population.resident (household_id);
create index resident_by_municipality_and_birth_date on population.resident (municipality_code, birth_date);

create table population.guardianship (
    guardian_id uuid not null references population.resident (id),
    child_id    uuid not null references population.resident (id),
    primary key (guardian_id, child_id)
);
create index guardianship_by_child on population.guardianship (child_id);
