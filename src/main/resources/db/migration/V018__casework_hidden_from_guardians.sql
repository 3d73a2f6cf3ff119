-- A young person's right to forbid giving their information to their guardians (Social Welfare
-- Client Act 812/2000 §11): the responsible worker records that it applies and why; only then may
-- the young person hide parts of their own case. Nothing is deleted: an end and a revealing are
-- recorded with their time.
create table casework.guardian_restriction (
    id          uuid primary key,
    case_id     uuid not null references casework.client_case (id),
    grounds     text not null check (length(grounds) between 1 and 2000),
    recorded_by text not null,
    recorded_at timestamptz not null,
    ended_by    text,
    ended_at    timestamptz
);
create unique index one_restriction_in_force on casework.guardian_restriction (case_id) where ended_at is null;

create table casework.hidden_part (
    id          uuid primary key,
    case_id     uuid not null references casework.client_case (id),
    part        text not null check (part in ('PLAN', 'MESSAGES', 'TEAM')),
    hidden_by   text not null,
    hidden_at   timestamptz not null,
    revealed_at timestamptz
);
create unique index one_hidden_part on casework.hidden_part (case_id, part) where revealed_at is null;
