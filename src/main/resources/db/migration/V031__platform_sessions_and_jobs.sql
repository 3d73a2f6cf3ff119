-- More than one node: the signed-in sessions live in PostgreSQL (Spring Session JDBC), so any node
-- serves any user; and the scheduled work is claimed from one table (db-scheduler), so each run of a
-- job happens on one node only. The layouts are those the two libraries document for PostgreSQL.
create table platform.spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references platform.spring_session (primary_id) on delete cascade
);

create table platform.scheduled_tasks (
  task_name            text not null,
  task_instance        text not null,
  task_data            bytea,
  execution_time       timestamptz not null,
  picked               boolean not null,
  picked_by            text,
  last_success         timestamptz,
  last_failure         timestamptz,
  consecutive_failures int,
  last_heartbeat       timestamptz,
  version              bigint not null,
  priority             smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on platform.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on platform.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on platform.scheduled_tasks (priority desc, execution_time asc);
