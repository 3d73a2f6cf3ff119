-- E-mail waits here until the SMTP server takes it, written in the transaction of what it tells
-- about: a booking is never lost because mail failed, and a mail is retried until it goes.
create table platform.mail_outbox (
    id              uuid primary key,
    recipient       text not null,
    subject         text not null,
    body            text not null,
    queued_at       timestamptz not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    gave_up_at      timestamptz
);
create index mail_waiting on platform.mail_outbox (next_attempt_at) where sent_at is null and gave_up_at is null;
