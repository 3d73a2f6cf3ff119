create schema if not exists frontdoor;

-- References that people can read out on the phone: YH-2026-000123 (contacts), LS-2026-000045 (notifications).
create sequence frontdoor.contact_number;
create sequence frontdoor.notification_number;

-- A contact without a referral: a resident (signed in or anonymous) or a professional on the family's behalf.
create table frontdoor.contact (
    id                 uuid primary key,
    reference          text not null unique,
    unit_id            uuid not null,               -- the guidance unit whose queue it is in
    origin             text not null check (origin in ('RESIDENT', 'ANONYMOUS', 'PROFESSIONAL')),
    submitted_by       text,                        -- username; null for anonymous
    submitter_unit_id  uuid,                        -- a professional's unit
    resident_id        uuid,                        -- a signed-in resident
    family_name        text,                        -- a professional names the family
    family_consent     boolean not null default false,
    need               text not null,
    topic              text not null,
    child_age          int check (child_age between 0 and 29),
    municipality       text not null,
    language           text not null check (language in ('fi', 'sv', 'en')),
    answer_by          text not null check (answer_by in ('PHONE', 'MESSAGE', 'REMOTE', 'VISIT')),
    phone              text,
    email              text,
    private_link_hash  text unique,                 -- SHA-256 of an anonymous asker's private link
    received_at        timestamptz not null,
    answer_due         date not null,
    urgency            text check (urgency in ('URGENT', 'SOON', 'NORMAL')),
    triaged_at         timestamptz,
    assigned_to        text,
    outcome            text check (outcome in ('ANSWERED', 'ROUTED_TO_SERVICE', 'ROUTED_TO_BOOKING', 'ROUTED_TO_ASSESSMENT')),
    answer             text,
    routed_service_id  uuid,
    routed_unit_id     uuid,
    routed_mode        text,
    closed_at          timestamptz,
    closed_by          text,
    version            int not null default 0,
    check (origin <> 'PROFESSIONAL' or family_consent),
    check ((outcome is null) = (closed_at is null))
);
create index contact_queue on frontdoor.contact (unit_id, answer_due) where outcome is null;
create index contact_by_submitter on frontdoor.contact (submitted_by, received_at);
create index contact_by_resident on frontdoor.contact (resident_id) where resident_id is not null;

-- Appointment slots a unit publishes, and the bookings of them.
create table frontdoor.slot (
    id           uuid primary key,
    unit_id      uuid not null,
    starts_at    timestamptz not null,
    minutes      int not null check (minutes between 5 and 480),
    mode         text not null check (mode in ('IN_PERSON', 'VIDEO', 'PHONE', 'HOME_VISIT', 'OUTREACH')),
    place        text,
    published_by text not null,
    published_at timestamptz not null,
    withdrawn_at timestamptz
);
create index slot_by_unit on frontdoor.slot (unit_id, starts_at);

create table frontdoor.booking (
    id            uuid primary key,
    slot_id       uuid not null references frontdoor.slot (id),
    booked_by     text,
    resident_id   uuid,
    contact_id    uuid references frontdoor.contact (id),
    name          text not null,
    email         text not null,
    phone         text,
    language      text not null,
    meeting_link  text,
    booked_at     timestamptz not null,
    cancelled_at  timestamptz,
    cancelled_by  text,
    reminded_at   timestamptz
);
-- A slot is never booked twice: at most one booking that is not cancelled, whoever comes at the same moment.
create unique index one_booking_per_slot on frontdoor.booking (slot_id) where cancelled_at is null;
create index booking_by_resident on frontdoor.booking (resident_id) where resident_id is not null;

-- A concern conversation in universal services (child health clinic, early childhood education, school).
create table frontdoor.concern (
    id                 uuid primary key,
    unit_id            uuid not null,
    organisation_id    uuid not null,
    author             text not null,
    child_name         text not null,
    child_birth_year   int not null,
    level              text not null check (level in ('NONE', 'SMALL', 'GREY_ZONE', 'GREAT')),
    discussed          text not null,
    agreed             text not null,
    strengths          text,                       -- Lapset puheeksi: what carries the child
    worries            text,                       -- Lapset puheeksi: what the family and the professional worry about
    support_at_home    text,
    support_here       text,
    invited_unit_id    uuid,
    family_consent     boolean not null default false,
    consent_recorded_at timestamptz,
    held_at            timestamptz not null,
    invitation_status  text check (invitation_status in ('OPEN', 'ACCEPTED', 'MET')),
    invitation_handled_by text,
    invitation_handled_at timestamptz,
    notification_id    uuid,
    check ((invited_unit_id is null) = (invitation_status is null)),
    check (invited_unit_id is null or family_consent)
);
create index concern_by_author on frontdoor.concern (author, held_at);
create index invitation_queue on frontdoor.concern (invited_unit_id, held_at) where invitation_status is not null;

-- A child welfare notification (Child Welfare Act 417/2007 §25) and its intake.
create table frontdoor.notification (
    id                  uuid primary key,
    reference           text not null unique,
    unit_id             uuid not null,
    reporter_kind       text not null check (reporter_kind in ('PROFESSIONAL', 'RESIDENT')),
    reported_by         text,
    reporter_unit_id    uuid,
    reporter_name       text,
    reporter_contact    text,
    child_name          text not null,
    child_birth_year    int not null,
    municipality        text not null,
    description         text not null,
    from_concern_id     uuid references frontdoor.concern (id),
    family_told         boolean not null default false,
    received_at         timestamptz not null,
    decision_due        date not null,
    urgency             text check (urgency in ('IMMEDIATE', 'URGENT', 'NORMAL')),
    urgency_assessed_at timestamptz,
    urgency_assessed_by text,
    decision            text check (decision in ('START_ASSESSMENT', 'NO_ASSESSMENT')),
    decision_reasons    text,
    decided_at          timestamptz,
    decided_by          text,
    child_notified_on   date,
    guardians_notified_on date,
    check (from_concern_id is null or family_told),
    check (decision is null or urgency is not null)
);
create index notification_queue on frontdoor.notification (unit_id, decision_due) where decision is null;
create index notification_by_reporter on frontdoor.notification (reported_by, received_at);
