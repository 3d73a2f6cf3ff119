-- The kind of client work a case is: early support or corrective services, as the leadership's
-- figures classify them (preventive vs corrective). Cases opened before this are family social work.
alter table casework.client_case add column kind text not null default 'FAMILY_SOCIAL_WORK'
    check (kind in ('FAMILY_WORK', 'FAMILY_SOCIAL_WORK', 'CHILD_WELFARE_OPEN_CARE', 'FOSTER_CARE', 'INSTITUTIONAL_CARE'));

-- Goal attainment scaling (GAS, −2…+2) of each goal of a client plan version: where the family
-- starts when the plan is agreed, and where it is at each review. A history: never changed.
create table casework.goal_attainment (
    id       uuid primary key,
    case_id  uuid not null,
    version  int not null,
    goal     int not null check (goal >= 0),
    stage    text not null check (stage in ('AGREEMENT', 'REVIEW')),
    score    int not null check (score between -2 and 2),
    rated_at timestamptz not null,
    rated_by text not null,
    foreign key (case_id, version) references casework.plan_version (case_id, version)
);
create index goal_attainment_by_plan on casework.goal_attainment (case_id, version, goal, rated_at);
create trigger goal_attainment_is_append_only before update or delete or truncate on casework.goal_attainment
    for each statement execute function casework.refuse_change();

-- The family's own rating of its everyday life, 0 (very hard) to 10 (going well), once at the start
-- and once at the end of a case; by the family in the portal, or recorded by the worker as the family said.
create table casework.everyday_rating (
    case_id     uuid not null references casework.client_case (id),
    stage       text not null check (stage in ('START', 'END')),
    rating      int not null check (rating between 0 and 10),
    answered_at timestamptz not null,
    answered_by text not null,
    by_family   boolean not null,
    primary key (case_id, stage)
);
create trigger everyday_rating_is_append_only before update or delete or truncate on casework.everyday_rating
    for each statement execute function casework.refuse_change();
