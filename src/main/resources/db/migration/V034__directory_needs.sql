-- The vocabulary of needs and life situations (issue 20), kept by editors like the synonyms: each need
-- with its name in three languages, the topics (kinds of service) that help with it, first the most,
-- and the everyday phrases that speak of it. Seeded from search/needs.json when empty.
create table directory.need (
    code        text primary key check (code ~ '^[a-z0-9-]{2,60}$'),
    topics      text[] not null,
    label_fi    text not null,
    label_sv    text not null,
    label_en    text not null,
    phrases_fi  text[] not null default '{}',
    phrases_sv  text[] not null default '{}',
    phrases_en  text[] not null default '{}',
    updated_by  text not null,
    updated_at  timestamptz not null default now()
);
