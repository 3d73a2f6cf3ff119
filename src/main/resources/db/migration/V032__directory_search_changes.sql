-- The search moves to a Lucene index on each node (ADR 0015). Every change that can alter search
-- results is written here in the change's own transaction; each node's index follows this log.
-- tx is the writing transaction's id: a node that has seen every transaction below its last
-- snapshot's xmin reads only the rows from there on, and misses none that commit late.
create table directory.search_change (
    seq        bigserial primary key,
    -- null when the words a search is understood by (synonyms, needs) changed
    service_id uuid,
    tx         bigint not null default pg_current_xact_id()::text::bigint,
    changed_at timestamptz not null default now()
);
create index search_change_by_tx on directory.search_change (tx);
create index search_change_by_time on directory.search_change (changed_at);

-- What the PostgreSQL full-text search kept, now done by the index.
drop table directory.search_generation;
drop table directory.search_word;
drop index directory.service_document;
drop index directory.service_name_words;
alter table directory.service drop column document, drop column name_words;
