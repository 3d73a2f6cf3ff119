-- A form or API write sent twice (a double click, a resend after a timeout) is carried out once:
-- the key the form carries, or the API caller's Idempotency-Key, with the answer to replay.
create table platform.submission (
  key          text primary key,
  actor        text not null,
  started_at   timestamptz not null,
  completed_at timestamptz,
  status       integer,
  location     text,
  content_type text,
  body         bytea
);
create index submission_by_start on platform.submission (started_at);
