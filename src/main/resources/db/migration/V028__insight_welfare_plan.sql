-- The indicators the nightly import follows, the welfare plan (periods, priorities owned by a group
-- of the network, their indicators with baseline, target and direction, and their measures) and the
-- analyst's own text for each section of the welfare report.
create table insight.indicator_watch (
    id        int primary key,
    added_at  timestamptz not null,
    added_by  text not null
);

create table insight.welfare_plan (
    id           uuid primary key,
    title_fi     text not null,
    title_sv     text,
    title_en     text,
    first_year   int not null check (first_year between 2000 and 2100),
    last_year    int not null check (last_year between 2000 and 2100),
    area_code    text,
    state        text not null check (state in ('DRAFT', 'ADOPTED')),
    version      int not null default 0,
    check (last_year >= first_year)
);

create table insight.plan_priority (
    id              uuid primary key,
    plan_id         uuid not null references insight.welfare_plan (id),
    position        int not null,
    title_fi        text not null,
    title_sv        text,
    title_en        text,
    description_fi  text,
    description_sv  text,
    description_en  text,
    owner_group     uuid,
    version         int not null default 0
);
create index plan_priority_by_plan on insight.plan_priority (plan_id, position);

create table insight.priority_indicator (
    priority_id    uuid not null references insight.plan_priority (id),
    indicator      int not null references insight.indicator (id),
    baseline       numeric,
    baseline_year  int,
    target         numeric not null,
    target_year    int not null,
    direction      text not null check (direction in ('DOWN', 'UP')),
    position       int not null,
    primary key (priority_id, indicator)
);

create table insight.plan_measure (
    id            uuid primary key,
    priority_id   uuid not null references insight.plan_priority (id),
    description   text not null,
    responsible   text not null,
    due_on        date not null,
    status        text not null check (status in ('PLANNED', 'ONGOING', 'DONE', 'DROPPED')),
    agreements    uuid[] not null default '{}',
    services      text,
    version       int not null default 0
);
create index plan_measure_by_priority on insight.plan_measure (priority_id, due_on);

create table insight.report_text (
    year        int not null,
    area_code   text not null default '',
    section     text not null,
    text_fi     text,
    text_sv     text,
    updated_at  timestamptz not null,
    updated_by  text not null,
    primary key (year, area_code, section)
);
