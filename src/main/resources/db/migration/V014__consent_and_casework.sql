-- Consents and denials of disclosure (Client Data Act 703/2023 §14–17): a family member allows or
-- forbids disclosing the family's client data to a recipient organisation for a purpose. Never
-- deleted: a withdrawal is recorded and takes effect at once, because every disclosure asks.
create table consent.consent (
    id                     uuid primary key,
    family_id              uuid not null,              -- casework's family, by id only
    given_by               text not null,              -- the family member, as named
    recipient_organisation uuid not null,
    decision               text not null check (decision in ('CONSENT', 'DENIAL')),
    scope                  text not null check (scope in ('TEAMWORK', 'HANDOFF', 'ANY')),
    valid_from             date not null,
    valid_until            date,
    recorded_by            text not null,
    recorded_at            timestamptz not null,
    withdrawn_at           timestamptz,
    withdrawn_by           text,
    check (valid_until is null or valid_until >= valid_from),
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create index consent_by_family on consent.consent (family_id, recipient_organisation);

create index access_log_by_record on consent.access_log (record_kind, record_id);
create index access_log_by_time on consent.access_log (logged_at);

create schema if not exists casework;

create sequence casework.case_number;

-- A family as the client relationship knows it. Its members carry identity codes; a member who is in
-- the population register also has its resident id. Never deleted.
create table casework.family (
    id                uuid primary key,
    name              text not null,
    municipality_code text not null,
    created_at        timestamptz not null,
    created_by        text not null
);

create table casework.member (
    id                     uuid primary key,
    family_id              uuid not null references casework.family (id),
    resident_id            uuid,
    first_names            text not null,
    last_name              text not null,
    personal_identity_code text not null,
    birth_date             date not null,
    relation               text not null check (relation in ('GUARDIAN', 'CHILD', 'OTHER')),
    unique (family_id, personal_identity_code)
);
create index member_by_family on casework.member (family_id);
create index member_by_resident on casework.member (resident_id) where resident_id is not null;

-- A case of a family, or a child's own case (child_id). Opened from a routed contact, an invitation,
-- a notification decision or directly; closed with a reason and outcome, never deleted.
create table casework.client_case (
    id                 uuid primary key,
    reference          text not null unique,
    family_id          uuid not null references casework.family (id),
    child_id           uuid references casework.member (id),
    unit_id            uuid not null,
    organisation_id    uuid not null,
    origin             text not null check (origin in ('CONTACT', 'INVITATION', 'NOTIFICATION', 'DIRECT')),
    origin_reference   text,
    opened_at          timestamptz not null,
    opened_by          text not null,
    responsible_worker uuid,                            -- platform account id
    closed_at          timestamptz,
    closed_by          text,
    close_reason       text,
    outcome            text check (outcome in ('GOALS_MET', 'SERVICES_CONTINUE_ELSEWHERE', 'MOVED_AWAY', 'NO_NEED', 'FAMILY_DECLINED')),
    check (closed_at is not null or responsible_worker is not null),
    check ((closed_at is null) = (outcome is null) and (closed_at is null) = (close_reason is null))
);
create index case_by_family on casework.client_case (family_id);
create index case_by_responsible on casework.client_case (responsible_worker) where closed_at is null;

-- Social Welfare Act §42: who was responsible, from when, and why it changed.
create table casework.responsibility (
    case_id     uuid not null references casework.client_case (id),
    since       timestamptz not null,
    worker      uuid not null,
    reason      text not null,
    changed_by  text not null,
    primary key (case_id, since)
);

-- The team around the family: each member admitted with the family's consent to their organisation,
-- or with a recorded legal basis for county units.
create table casework.team_member (
    id              uuid primary key,
    case_id         uuid not null references casework.client_case (id),
    worker          uuid not null,
    organisation_id uuid not null,
    unit_id         uuid,
    team_role       text not null,
    consent_id      uuid,
    legal_basis     text,
    joined_at       timestamptz not null,
    joined_by       text not null,
    left_at         timestamptz,
    check (consent_id is not null or legal_basis is not null)
);
create unique index team_member_once on casework.team_member (case_id, worker) where left_at is null;
create index team_member_by_worker on casework.team_member (worker) where left_at is null;

-- Service-needs assessment (Social Welfare Act §36).
create table casework.assessment (
    id                  uuid primary key,
    case_id             uuid not null references casework.client_case (id),
    initiated_on        date not null,
    special_support     boolean not null,
    start_due           date,
    started_on          date,
    completion_due      date,
    completed_on        date,
    participants        text[] not null default '{}',
    family_view         text,
    child_view          text,
    findings            jsonb not null default '{}',
    conclusion          text,
    services_needed     text[] not null default '{}',
    child_welfare_investigation boolean not null default false,
    recorded_by         text not null,
    check (not special_support or (start_due is not null and completion_due is not null)),
    check (completed_on is null or started_on is not null)
);
create index assessment_open on casework.assessment (case_id) where completed_on is null;

-- The client plan: each change is a new version; the family's agreement belongs to one version.
create table casework.plan_version (
    case_id          uuid not null references casework.client_case (id),
    version          int not null,
    goals            jsonb not null,
    measures         jsonb not null,
    commitments      jsonb not null,
    review_on        date,
    written_at       timestamptz not null,
    written_by       text not null,
    agreed_at        timestamptz,
    agreement_note   text,
    agreement_recorded_by text,
    primary key (case_id, version)
);

-- Warm hand-offs (saattaen vaihtaen). The sender stays responsible until the receiver accepts.
create table casework.handoff (
    id               uuid primary key,
    case_id          uuid not null references casework.client_case (id),
    from_worker      uuid not null,
    from_unit        uuid,
    to_organisation  uuid not null,
    to_unit          uuid,                             -- null: any worker of the organisation
    to_worker        uuid,
    transfer         boolean not null default false,   -- the receiver becomes the responsible worker on acceptance
    context          text not null,
    consent_id       uuid,
    legal_basis      text,
    replaces         uuid references casework.handoff (id),
    status           text not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED')),
    proposed_at      timestamptz not null,
    answer_due       date not null,
    answered_at      timestamptz,
    answered_by      uuid,
    decline_reason   text,
    first_meeting_on date,
    returned_seen_at timestamptz,
    check (consent_id is not null or legal_basis is not null),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index handoff_by_case on casework.handoff (case_id);
create index handoff_waiting on casework.handoff (to_organisation, to_unit) where status = 'PROPOSED';
create index handoff_returned on casework.handoff (from_worker) where status in ('DECLINED', 'EXPIRED') and returned_seen_at is null;

-- The journal: append-only; a correction is a new entry pointing at the one it corrects.
create table casework.journal_entry (
    id            uuid primary key,
    case_id       uuid not null references casework.client_case (id),
    written_at    timestamptz not null,
    author        text not null,
    author_name   text not null,
    organisation_id uuid,
    body          text not null,
    corrects      uuid references casework.journal_entry (id)
);
create index journal_by_case on casework.journal_entry (case_id, written_at desc);

create function casework.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;
create trigger journal_is_append_only before update or delete or truncate on casework.journal_entry
    for each statement execute function casework.refuse_change();
create trigger responsibility_is_append_only before update or delete or truncate on casework.responsibility
    for each statement execute function casework.refuse_change();

-- Break-glass: access to a case outside one's relationships, with a reason the supervisor sees.
create table casework.break_glass (
    id            uuid primary key,
    case_id       uuid not null references casework.client_case (id),
    actor         uuid not null,
    actor_name    text not null,
    unit_id       uuid,
    reason        text not null check (length(reason) >= 10),
    opened_at     timestamptz not null,
    expires_at    timestamptz not null,
    reviewed_at   timestamptz,
    reviewed_by   text
);
create index break_glass_active on casework.break_glass (case_id, actor, expires_at);

-- Reminders sent before deadlines: one per item and deadline, whichever node sends it.
create table casework.reminder (
    item_kind  text not null,
    item_id    uuid not null,
    due        date not null,
    sent_at    timestamptz not null,
    primary key (item_kind, item_id, due)
);

-- Routed contacts waiting for a family social work unit to open the case and assessment.
create table casework.referral (
    id               uuid primary key,
    source           text not null check (source in ('CONTACT', 'INVITATION', 'NOTIFICATION')),
    source_id        uuid not null unique,
    source_reference text not null,
    resident_id      uuid,
    family_name      text,
    municipality     text,
    child_age        int,
    note             text,
    received_at      timestamptz not null,
    case_id          uuid references casework.client_case (id)
);
create index referral_waiting on casework.referral (received_at) where case_id is null;
