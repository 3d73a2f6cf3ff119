-- The family's answer to a version of the client plan, given in the portal: agreement, or comments
-- goal by goal, or both. Each answer is kept; agreeing also marks the version agreed.
create table casework.plan_response (
    id             uuid primary key,
    case_id        uuid not null,
    version        int not null,
    agrees         boolean not null,
    goal_comments  jsonb not null default '{}',       -- goal number (from 1) → comment
    note           text,
    responded_by   text not null,                     -- username
    responder_name text not null,
    responded_at   timestamptz not null,
    foreign key (case_id, version) references casework.plan_version (case_id, version)
);
create index plan_response_by_version on casework.plan_response (case_id, version, responded_at);

-- Secure messages between the family and its responsible worker and team, in threads of a case.
create table casework.message_thread (
    id              uuid primary key,
    case_id         uuid not null references casework.client_case (id),
    subject         text not null,
    started_by      text not null,
    started_at      timestamptz not null,
    last_message_at timestamptz not null
);
create index message_thread_by_case on casework.message_thread (case_id, last_message_at desc);

create table casework.message (
    id          uuid primary key,
    thread_id   uuid not null references casework.message_thread (id),
    author      text not null,                        -- username
    author_name text not null,
    from_family boolean not null,
    body        text not null,
    sent_at     timestamptz not null
);
create index message_by_thread on casework.message (thread_id, sent_at);
create trigger message_is_append_only before update or delete or truncate on casework.message
    for each statement execute function casework.refuse_change();

-- How far each reader has read a thread: a message is read by the other side when one of them has.
create table casework.message_read (
    thread_id  uuid not null references casework.message_thread (id),
    reader     text not null,
    from_family boolean not null,
    read_at    timestamptz not null,
    primary key (thread_id, reader)
);

-- Attachments of messages, checked for type (by their first bytes) and size before they are kept.
create table casework.attachment (
    id           uuid primary key,
    message_id   uuid not null references casework.message (id),
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   int not null check (size_bytes between 1 and 5242880),
    sha256       text not null,
    content      bytea not null
);
create index attachment_by_message on casework.attachment (message_id);
create trigger attachment_is_append_only before update or delete or truncate on casework.attachment
    for each statement execute function casework.refuse_change();
