-- The network and its co-development: family centres, the people of the network and their groups,
-- meetings with decisions and actions, cooperation agreements, and workshops with proposals and
-- what became of them. Rows that record who did what are never deleted: a participant's own
-- removal clears their personal data and keeps the anonymous proposal.

-- People of the network: professionals, elected officials, NGO representatives, experts by experience.
create table network.person (
    id              uuid primary key,
    name            text not null,
    kind            text not null check (kind in ('PROFESSIONAL', 'ELECTED_OFFICIAL', 'NGO_REPRESENTATIVE', 'EXPERT_BY_EXPERIENCE')),
    organisation_id uuid references network.organisation (id),
    title           text,
    email           text,
    phone           text,
    account_id      uuid unique,
    themes          text[] not null default '{}',
    organisation_contact boolean not null default false,
    created_at      timestamptz not null default now()
);
create index person_by_organisation on network.person (organisation_id);

-- Details an organisation's own contact person keeps.
alter table network.organisation add column email text, add column phone text, add column description_fi text,
    add column description_sv text, add column description_en text, add column version int not null default 0;

-- One family centre per municipality: physical sites (places of the directory), digital channels, the network of organisations.
create table network.family_centre (
    id                uuid primary key,
    municipality_code text not null unique references network.municipality (code),
    name_fi           text not null,
    name_sv           text,
    name_en           text,
    intro_fi          text,
    intro_sv          text,
    intro_en          text
);
create table network.family_centre_site (
    family_centre_id uuid not null references network.family_centre (id),
    place_id         uuid not null,
    meeting_place    boolean not null default false,
    primary key (family_centre_id, place_id)
);
create table network.family_centre_channel (
    id               uuid primary key,
    family_centre_id uuid not null references network.family_centre (id),
    kind             text not null check (kind in ('WEB', 'CHAT', 'PHONE', 'VIDEO', 'SOCIAL_MEDIA', 'APP')),
    name_fi          text not null,
    name_sv          text,
    name_en          text,
    address          text not null,
    position         int not null
);
create table network.family_centre_organisation (
    family_centre_id uuid not null references network.family_centre (id),
    organisation_id  uuid not null references network.organisation (id),
    primary key (family_centre_id, organisation_id)
);
create table network.family_centre_contact (
    family_centre_id uuid not null references network.family_centre (id),
    person_id        uuid not null references network.person (id),
    primary key (family_centre_id, person_id)
);

-- Groups of the network with a purpose and members.
create table network.network_group (
    id         uuid primary key,
    kind       text not null check (kind in ('STEERING', 'AREA', 'CONTACT_PERSONS', 'YOUTH_WELLBEING', 'OTHER')),
    name_fi    text not null,
    name_sv    text,
    name_en    text,
    purpose_fi text not null,
    purpose_sv text,
    purpose_en text,
    area_code  text references network.area (code)
);
create table network.group_member (
    group_id  uuid not null references network.network_group (id),
    person_id uuid not null references network.person (id),
    role      text not null check (role in ('CHAIR', 'SECRETARY', 'MEMBER')),
    primary key (group_id, person_id)
);
create table network.meeting (
    id       uuid primary key,
    group_id uuid not null references network.network_group (id),
    held_on  date not null,
    place    text,
    agenda   text not null,
    minutes  text,
    version  int not null default 0
);
create index meeting_by_group on network.meeting (group_id, held_on desc);
create table network.decision (
    id         uuid primary key,
    meeting_id uuid not null references network.meeting (id),
    text       text not null,
    position   int not null
);
create table network.action (
    id             uuid primary key,
    meeting_id     uuid not null references network.meeting (id),
    description    text not null,
    responsible_id uuid not null references network.person (id),
    due_on         date not null,
    status         text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    done_on        date,
    version        int not null default 0
);
create index action_by_responsible on network.action (responsible_id, status, due_on);

-- Cooperation agreements: county–municipality, NGO and parish partnerships.
create table network.agreement (
    id                uuid primary key,
    kind              text not null check (kind in ('COUNTY_MUNICIPALITY', 'NGO_PARTNERSHIP', 'PARISH_PARTNERSHIP')),
    title             text not null,
    municipality_code text not null references network.municipality (code),
    starts_on         date,
    ends_on           date,
    review_on         date,
    state             text not null check (state in ('DRAFT', 'NEGOTIATED', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'ENDED')),
    version           int not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index agreement_by_municipality on network.agreement (municipality_code, state);
create table network.agreement_party (
    agreement_id    uuid not null references network.agreement (id),
    organisation_id uuid not null references network.organisation (id),
    primary key (agreement_id, organisation_id)
);
create table network.commitment (
    id              uuid primary key,
    agreement_id    uuid not null references network.agreement (id),
    organisation_id uuid not null references network.organisation (id),
    kind            text not null check (kind in ('PREMISES', 'STAFF_HOURS', 'ACTIVITY', 'FUNDING')),
    description     text not null,
    amount          numeric(12, 2),
    position        int not null
);
create table network.agreement_service (
    agreement_id uuid not null references network.agreement (id),
    service_id   uuid not null,
    primary key (agreement_id, service_id)
);
create table network.agreement_contact (
    agreement_id uuid not null references network.agreement (id),
    person_id    uuid not null references network.person (id),
    primary key (agreement_id, person_id)
);
-- Every saved version of an agreement: who changed what, and when.
create table network.agreement_version (
    agreement_id uuid not null references network.agreement (id),
    version      int not null,
    changed_by   text not null,
    changed_at   timestamptz not null,
    change       text not null,
    primary key (agreement_id, version)
);
create table network.agreement_document (
    id           uuid primary key,
    agreement_id uuid not null references network.agreement (id),
    file_name    text not null,
    content_type text not null,
    size_bytes   int not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);

-- Reminders sent: one row per subject, reason and date, so each is sent once on any node.
create table network.reminder (
    subject_id uuid not null,
    reason     text not null,
    due_on     date not null,
    sent_at    timestamptz not null,
    primary key (subject_id, reason, due_on)
);

-- Co-development workshops.
create table network.workshop (
    id                uuid primary key,
    title             text not null,
    topic             text not null,
    municipality_code text references network.municipality (code),
    agreement_id      uuid references network.agreement (id),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    place             text,
    remote_link       text,
    seats             int not null check (seats > 0),
    accessibility     text,
    interpretation    text,
    cancelled         boolean not null default false,
    check (ends_at > starts_at),
    check (place is not null or remote_link is not null)
);
create index workshop_by_start on network.workshop (starts_at);
create table network.workshop_service (
    workshop_id uuid not null references network.workshop (id),
    service_id  uuid not null,
    primary key (workshop_id, service_id)
);
-- A participant: the minimum to reach them; removed by themselves, which clears name and address.
create table network.participant (
    id            uuid primary key,
    workshop_id   uuid not null references network.workshop (id),
    account_id    uuid,
    name          text,
    email         text,
    expert        boolean not null default false,
    may_contact   boolean not null default false,
    token_hash    text not null unique,
    signed_up_at  timestamptz not null,
    confirmed_at  timestamptz,
    removed_at    timestamptz
);
create unique index participant_once on network.participant (workshop_id, lower(email)) where removed_at is null;
create table network.proposal (
    id             uuid primary key,
    workshop_id    uuid not null references network.workshop (id),
    participant_id uuid references network.participant (id),
    theme          text not null,
    text           text not null,
    submitted_at   timestamptz not null,
    state          text not null check (state in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'MERGED')),
    reason         text,
    merged_into    uuid references network.proposal (id),
    decided_at     timestamptz,
    decided_by     text,
    follow_up_responsible uuid references network.person (id),
    follow_up_due  date,
    follow_up_status text check (follow_up_status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
    follow_up_link_kind text check (follow_up_link_kind in ('SERVICE', 'AGREEMENT', 'ACTION')),
    follow_up_link_id uuid,
    follow_up_note text,
    version        int not null default 0
);
create index proposal_by_workshop on network.proposal (workshop_id);
create table network.proposal_support (
    proposal_id    uuid not null references network.proposal (id),
    participant_id uuid not null references network.participant (id),
    primary key (proposal_id, participant_id)
);
-- Fees paid to experts by experience.
create table network.expert_fee (
    id          uuid primary key,
    person_id   uuid not null references network.person (id),
    workshop_id uuid references network.workshop (id),
    paid_on     date not null,
    amount      numeric(10, 2) not null check (amount >= 0),
    note        text
);
