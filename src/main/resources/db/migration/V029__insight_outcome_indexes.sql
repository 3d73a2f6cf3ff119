-- The figures of effectiveness read the rated goals and cases of a period, grouped three ways:
-- kept beside the table, only the rows with both ratings, so a period is read from the index alone.
create index goal_attainment_rated_by_month on insight.goal_attainment (month)
  include (family_key, baseline, latest, municipality, area, unit_id, service_kind, age_group)
  where baseline is not null and latest is not null;
create index everyday_rating_rated_by_month on insight.everyday_rating (month)
  include (family_key, start_rating, end_rating, municipality, area, unit_id, service_kind, age_group)
  where start_rating is not null and end_rating is not null;
