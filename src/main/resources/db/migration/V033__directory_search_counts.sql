-- Searches counted anonymously (issue 20): the words as typed, normalised, per day; how many times,
-- how many found nothing, how many led to a service being opened. No person, address or session.
create table directory.search_count (
    query      text not null check (length(query) between 1 and 100),
    day        date not null,
    searches   integer not null default 0,
    no_results integer not null default 0,
    clicks     integer not null default 0,
    primary key (query, day)
);
create index search_count_by_day on directory.search_count (day);
