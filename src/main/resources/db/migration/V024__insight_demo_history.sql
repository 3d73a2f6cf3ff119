-- The synthetic history of the demo region's facts, made once per scale (fi.yhdessa.insight.demo).
create table insight.demo_history (
    scale        text primary key,
    facts        bigint not null,
    generated_at timestamptz not null
);
