-- Counts changes that can alter search results; cached results of an older generation are not used.
-- A row (not a sequence), so that a new generation becomes visible with the change that made it.
create table directory.search_generation (
    value bigint not null
);
insert into directory.search_generation (value) values (0);
