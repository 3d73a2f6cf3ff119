create schema if not exists directory;
-- pg_trgm finds the nearest known word for a misspelt one; a trusted extension, so a database owner may create it.
create extension if not exists pg_trgm;

-- Topics of the directory's own taxonomy (HSDS taxonomy terms), in three languages.
create table directory.taxonomy_term (
    id        uuid primary key,
    code      text not null unique,
    parent_id uuid references directory.taxonomy_term (id),
    name_fi   text not null,
    name_sv   text,
    name_en   text
);

-- A service or an activity (an open meeting place: family café, club, group) of an organisation of the network.
create table directory.service (
    id               uuid primary key,
    organisation_id  uuid not null,
    kind             text not null check (kind in ('SERVICE', 'ACTIVITY')),
    state            text not null default 'PUBLISHED' check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    name_fi          text not null,
    name_sv          text,
    name_en          text,
    description_fi   text not null,
    description_sv   text,
    description_en   text,
    universal        boolean not null,
    min_age          int check (min_age between 0 and 120),
    max_age          int check (max_age between 0 and 120),
    target_groups    text[] not null default '{}',
    free_of_charge   boolean not null default true,
    cost_fi          text,
    no_referral      boolean not null default true,
    languages        text[] not null default '{fi}',
    accessibility_fi text,
    email            text,
    phone            text,
    url              text,
    municipality_codes text[] not null default '{}',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    updated_by       text,
    version          int not null default 1,
    -- Maintained by the search index of the application: stemmed words of fi, sv and en with compound parts.
    document         tsvector,
    -- Folded words of the names only, unstemmed: exact matches rank above stemmed ones.
    name_words       tsvector,
    constraint service_age_range check (min_age is null or max_age is null or min_age <= max_age)
);
create index service_document on directory.service using gin (document);
create index service_name_words on directory.service using gin (name_words);
create index service_by_organisation on directory.service (organisation_id);

create table directory.service_topic (
    service_id uuid not null references directory.service (id),
    term_id    uuid not null references directory.taxonomy_term (id),
    primary key (service_id, term_id)
);
create index service_topic_by_term on directory.service_topic (term_id);

create table directory.location (
    id              uuid primary key,
    organisation_id uuid not null,
    name_fi         text not null,
    name_sv         text,
    name_en         text,
    street_address  text not null,
    postcode        text not null check (postcode ~ '^[0-9]{5}$'),
    municipality_code text not null,
    latitude        double precision not null,
    longitude       double precision not null,
    accessibility_fi text
);

create table directory.service_at_location (
    id          uuid primary key,
    service_id  uuid not null references directory.service (id),
    location_id uuid not null references directory.location (id),
    unique (service_id, location_id)
);
create index service_at_location_by_location on directory.service_at_location (location_id);

-- How to get in: a visit, a phone call, a web page, an e-service, chat, a remote appointment, outreach.
create table directory.channel (
    id         uuid primary key,
    service_id uuid not null references directory.service (id),
    kind       text not null check (kind in ('VISIT', 'PHONE', 'WEB', 'E_SERVICE', 'CHAT', 'REMOTE', 'OUTREACH')),
    address    text,
    note_fi    text
);
create index channel_by_service on directory.channel (service_id, kind);

-- Weekly opening hours of a service at a location (ISO weekday 1 = Monday), or the recurring
-- sessions of an activity; valid_until null means until further notice.
create table directory.weekly_hours (
    id                     uuid primary key,
    service_at_location_id uuid not null references directory.service_at_location (id),
    weekday                int not null check (weekday between 1 and 7),
    opens_at               time not null,
    closes_at              time not null,
    valid_from             date,
    valid_until            date,
    check (opens_at < closes_at)
);
create index weekly_hours_by_place on directory.weekly_hours (service_at_location_id);

-- Exceptions to the weekly hours: closed on a holiday, or other hours on one day.
create table directory.hours_exception (
    id                     uuid primary key,
    service_at_location_id uuid not null references directory.service_at_location (id),
    day                    date not null,
    closed                 boolean not null,
    opens_at               time,
    closes_at              time,
    note_fi                text
);
create index hours_exception_by_place on directory.hours_exception (service_at_location_id, day);

-- Everyday words mapped to service terms: 'ero' finds eroauttaminen and lastenvalvoja.
create table directory.synonym (
    id         uuid primary key,
    phrase     text not null,
    expansion  text not null,
    language   text not null check (language in ('fi', 'sv', 'en')),
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (phrase, expansion)
);

-- The folded words of everything published, for "did you mean" and typo tolerance.
create table directory.search_word (
    word text primary key
);
create index search_word_trigrams on directory.search_word using gin (word gin_trgm_ops);

-- Postcodes with their centre, for "nearest first".
create table directory.postcode (
    postcode  text primary key check (postcode ~ '^[0-9]{5}$'),
    municipality_code text not null,
    latitude  double precision not null,
    longitude double precision not null
);
