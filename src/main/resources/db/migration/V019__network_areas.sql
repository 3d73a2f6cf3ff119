-- The county's service areas: each municipality belongs to one. Figures for leadership are
-- grouped and limited by area (a coordinator sees the figures of the area of their unit).
create table network.area (
    code    text primary key check (code ~ '^[a-z0-9-]{1,40}$'),
    name_fi text not null,
    name_sv text not null,
    name_en text not null
);
alter table network.municipality add column area_code text references network.area (code);
