-- National indicators from THL's Sotkanet: their metadata, Sotkanet's regions, the values by region,
-- year and gender, and a record of every import with what it changed. Imported in batches (never
-- read live), re-runnable: a value is written only when it is new or changed.
create table insight.indicator (
    id                 int primary key,
    title_fi           text not null,
    title_sv           text,
    title_en           text,
    description_fi     text,
    description_sv     text,
    description_en     text,
    value_type         text,
    value_type_title   text,
    decimals           int,
    producer           text,
    data_updated       date,
    range_start        int,
    range_end          int,
    imported_at        timestamptz not null
);

create table insight.indicator_region (
    id        int primary key,
    code      text not null,
    category  text not null,
    title_fi  text not null,
    title_sv  text,
    title_en  text
);
create index indicator_region_by_category on insight.indicator_region (category, code);

create table insight.indicator_value (
    indicator  int not null references insight.indicator (id),
    region     int not null,
    year       int not null check (year between 1900 and 2100),
    gender     text not null check (gender in ('male', 'female', 'total')),
    value      numeric,
    abs_value  numeric,
    primary key (indicator, region, year, gender)
);

create table insight.indicator_import (
    id          uuid primary key,
    at          timestamptz not null,
    source      text not null,
    outcome     text not null check (outcome in ('IMPORTED', 'REFUSED', 'UNREACHABLE')),
    added       int not null default 0,
    changed     int not null default 0,
    unchanged   int not null default 0,
    message     text
);
