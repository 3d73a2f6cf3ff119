-- A unit that has closed is retired on a day, never deleted: cases, hand-offs and memberships of
-- the past still name it. Retired units are left out of the choices for new work.
alter table network.unit add column retired_on date;
