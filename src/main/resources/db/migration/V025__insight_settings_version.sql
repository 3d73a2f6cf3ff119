-- Moves with every change of the unit costs or the classification, in the change's transaction,
-- so that no node answers from figures computed with the settings before.
create table insight.settings_version (
    id    int primary key check (id = 1),
    value bigint not null
);
insert into insight.settings_version (id, value) values (1, 0);
