-- Whether an appointment was held or nobody came (a no-show), as the unit records it after its start.
alter table frontdoor.booking
    add column attendance text check (attendance in ('ATTENDED', 'MISSED')),
    add column attendance_recorded_at timestamptz,
    add column attendance_recorded_by text,
    add check ((attendance is null) = (attendance_recorded_at is null));
