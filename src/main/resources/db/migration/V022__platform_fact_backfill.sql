-- The facts of records made before their modules published facts are told once, by a backfill per
-- source (platform.FactBackfill). A source is claimed by the node that tells it; a claim left
-- unfinished by a crash is taken up again later, and the facts' ids make the second telling harmless.
create table platform.fact_backfill (
    source      text primary key,
    claimed_at  timestamptz not null,
    finished_at timestamptz,
    facts       bigint not null default 0
);
