-- A text may be given in any of the three languages: at least one of them is required.
alter table network.organisation alter column name_fi drop not null,
    drop constraint organisation_kind_check,
    add constraint organisation_kind_check check (kind in ('COUNTY', 'MUNICIPALITY', 'NGO', 'PARISH', 'KELA', 'OTHER')),
    add constraint organisation_named check (coalesce(name_fi, name_sv, name_en) is not null);

alter table directory.taxonomy_term alter column name_fi drop not null,
    add constraint taxonomy_term_named check (coalesce(name_fi, name_sv, name_en) is not null);

alter table directory.service alter column name_fi drop not null,
    alter column description_fi drop not null,
    add column accessibility_sv text,
    add column accessibility_en text,
    add column cost_sv text,
    add column cost_en text,
    add constraint service_named check (coalesce(name_fi, name_sv, name_en) is not null),
    add constraint service_described check (coalesce(description_fi, description_sv, description_en) is not null);

-- Places from an import may lack coordinates, a Finnish postcode or a known municipality.
alter table directory.location alter column name_fi drop not null,
    alter column street_address drop not null,
    alter column postcode drop not null,
    alter column municipality_code drop not null,
    alter column latitude drop not null,
    alter column longitude drop not null,
    drop constraint location_postcode_check,
    add column city text,
    add column country text,
    add column accessibility_sv text,
    add column accessibility_en text,
    add column updated_at timestamptz not null default now(),
    add column updated_by text,
    add constraint location_named check (coalesce(name_fi, name_sv, name_en) is not null);

-- The schedule an opening-hours row came from (an HSDS schedule covers several weekdays).
alter table directory.weekly_hours add column schedule_id uuid;

-- Who changed what and when, for editors and coordinators: one row per saved change.
create table directory.change (
    id          uuid primary key,
    record_kind text not null check (record_kind in ('SERVICE', 'PLACE')),
    record_id   uuid not null,
    action      text not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now(),
    fields      text[] not null default '{}'
);
create index change_by_record on directory.change (record_id, changed_at desc);
