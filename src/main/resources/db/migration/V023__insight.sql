create schema if not exists insight;

-- The facts insight has received from the other modules, one row per fact, never changed. The id is
-- the fact's own, so a fact delivered twice is kept once. Families and records appear only as keyed
-- pseudonyms (HMAC-SHA-256 with a key kept outside the database): enough to count repeat contacts
-- and follow a case's goals, useless without the key. What value, base, due and due_final mean
-- depends on the kind (fi.yhdessa.insight.facts.FactKind).
create table insight.fact (
    id           uuid primary key,
    seq          bigint generated always as identity,
    kind         text not null,
    occurred_at  timestamptz not null,
    month        date not null check (extract(day from month) = 1),
    municipality text,
    area         text,
    unit_id      uuid,
    service_kind text,
    channel      text,
    age_group    text,
    language     text,
    detail       text,
    on_time      boolean,
    value        int,
    base         int,
    due          date,
    due_final    date,
    family_key   bytea,
    subject_key  bytea,
    received_at  timestamptz not null default now()
);
create index fact_by_subject on insight.fact (subject_key, kind) where subject_key is not null;
create index fact_by_family on insight.fact (family_key, occurred_at) where family_key is not null;
create index fact_by_kind_month on insight.fact (kind, month);

create function insight.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;
create trigger fact_is_append_only before update or delete or truncate on insight.fact
    for each statement execute function insight.refuse_change();

-- The figures, pre-aggregated as facts arrive: how many facts (n) of each kind with the same month,
-- dimensions and value as the kind keeps it, and the sum of their values (total). Rebuildable from the
-- facts at any time; `changed` lets every node keep its copy in memory current.
create table insight.figure (
    kind         text not null,
    month        date not null,
    municipality text,
    area         text,
    unit_id      uuid,
    service_kind text,
    channel      text,
    age_group    text,
    language     text,
    detail       text,
    on_time      boolean,
    value        int,
    n            bigint not null,
    total        bigint not null,
    changed      xid8 not null default pg_current_xact_id(),
    constraint figure_key unique nulls not distinct (kind, month, municipality, area, unit_id, service_kind, channel, age_group, language, detail,
        on_time, value)
);
create index figure_by_change on insight.figure (changed);

-- Statutory and promised deadlines not met yet: opened by a fact with a due date (the earliest, if a record
-- had several), closed by the fact that meets it.
create table insight.open_deadline (
    subject_key  bytea not null,
    clock        text not null,
    due          date not null,
    opened_at    timestamptz not null,
    opened_by    uuid not null,
    month        date not null,
    municipality text,
    area         text,
    unit_id      uuid,
    service_kind text,
    channel      text,
    age_group    text,
    language     text,
    primary key (subject_key, clock)
);
create index open_deadline_by_due on insight.open_deadline (due);

-- Each rated goal of a client plan: where the family started (GAS at agreement) and its latest review, with the
-- month and dimensions of its newest rating.
create table insight.goal_attainment (
    subject_key  bytea primary key,
    family_key   bytea not null,
    baseline     int,
    baseline_at  timestamptz,
    latest       int,
    latest_at    timestamptz,
    newest_at    timestamptz not null,
    month        date not null,
    municipality text,
    area         text,
    unit_id      uuid,
    service_kind text,
    age_group    text
);

-- Each case's rating of everyday life by the family, at its start and at its end.
create table insight.everyday_rating (
    subject_key  bytea primary key,
    family_key   bytea not null,
    start_rating int,
    start_at     timestamptz,
    end_rating   int,
    end_at       timestamptz,
    newest_at    timestamptz not null,
    month        date not null,
    municipality text,
    area         text,
    unit_id      uuid,
    service_kind text,
    age_group    text
);

-- How many times the aggregates have been rebuilt from the facts: a node that sees a new number reloads its copy.
create table insight.rebuild (
    id           int primary key check (id = 1),
    generation   bigint not null,
    rebuilt_at   timestamptz
);
insert into insight.rebuild (id, generation) values (1, 0);

-- What a unit of service costs, kept by the analyst: per visit, per contact, per care day or per case-month.
create table insight.unit_cost (
    item       text primary key,
    basis      text not null check (basis in ('VISIT', 'CONTACT', 'DAY', 'CASE_MONTH')),
    amount     numeric(12, 2) not null check (amount >= 0),
    source     text,
    year       int check (year between 1990 and 2100),
    published  boolean not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);

-- Which tier each kind of service and case belongs to, kept by the analyst.
create table insight.classification (
    kind       text primary key,
    tier       text not null check (tier in ('UNIVERSAL', 'EARLY_SUPPORT', 'CORRECTIVE')),
    updated_at timestamptz not null default now(),
    updated_by text not null
);

-- Savings scenarios, with every assumption as it was saved.
create table insight.scenario (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 120),
    assumptions jsonb not null,
    created_at  timestamptz not null,
    created_by  text not null
);

insert into insight.classification (kind, tier, updated_by) values
    ('FAMILY_GUIDANCE', 'UNIVERSAL', 'system'),
    ('CHILD_HEALTH_CLINIC', 'UNIVERSAL', 'system'),
    ('EARLY_CHILDHOOD_EDUCATION', 'UNIVERSAL', 'system'),
    ('SCHOOL', 'UNIVERSAL', 'system'),
    ('NGO_FAMILY_ACTIVITIES', 'UNIVERSAL', 'system'),
    ('PARISH_FAMILY_WORK', 'UNIVERSAL', 'system'),
    ('KELA_SERVICE_POINT', 'UNIVERSAL', 'system'),
    ('FAMILY_COUNSELLING', 'EARLY_SUPPORT', 'system'),
    ('FAMILY_SOCIAL_WORK', 'EARLY_SUPPORT', 'system'),
    ('FAMILY_WORK', 'EARLY_SUPPORT', 'system'),
    ('CHILD_WELFARE', 'CORRECTIVE', 'system'),
    ('SOCIAL_EMERGENCY', 'CORRECTIVE', 'system'),
    ('CHILD_WELFARE_OPEN_CARE', 'CORRECTIVE', 'system'),
    ('FOSTER_CARE', 'CORRECTIVE', 'system'),
    ('INSTITUTIONAL_CARE', 'CORRECTIVE', 'system');

-- Published Finnish unit costs, with their source and year; the analyst adds the county's own.
insert into insight.unit_cost (item, basis, amount, source, year, published, updated_by) values
    ('INSTITUTIONAL_CARE', 'DAY', 480.00,
     'Kansalliset yksikkökustannukset (VM, STM ja THL): lastensuojelun laitoshoidon hoitovuorokausi. Uutisoitu Verkkouutiset 16.12.2025.', 2024, true, 'system'),
    ('FOSTER_CARE', 'DAY', 160.00,
     'Johdettu: laitoshoidon vuorokausi maksaa lähes kolminkertaisesti perhehoidon vuorokauteen nähden (Perhehoitoliitto / Pasi Holm, STT Info 10.2.2026); 480 € / 3.', 2024, true, 'system'),
    ('SCHOOL', 'VISIT', 39.00,
     'Kansalliset yksikkökustannukset (VM, STM ja THL): kouluterveydenhoitajan käynti 1–20 min. Uutisoitu Verkkouutiset 16.12.2025.', 2024, true, 'system');
