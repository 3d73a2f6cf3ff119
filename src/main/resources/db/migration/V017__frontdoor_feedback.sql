-- Feedback after a contact or an appointment. Anonymous by construction: an answer names the unit,
-- whether it followed a contact or an appointment, and the month, never the person or the contact.
create table frontdoor.feedback (
    id           uuid primary key,              -- random, so the order of ids says nothing of who answered when
    unit_id      uuid not null,
    about        text not null check (about in ('CONTACT', 'APPOINTMENT')),
    month        date not null check (extract(day from month) = 1),
    easy_to_come text not null check (easy_to_come in ('YES', 'PARTLY', 'NO')),
    welcome      text not null check (welcome in ('YES', 'PARTLY', 'NO')),
    helped       text not null check (helped in ('YES', 'PARTLY', 'NO')),
    comment      text check (length(comment) <= 2000)
);
create index feedback_by_unit on frontdoor.feedback (unit_id, month);

-- Which contacts and bookings have been answered about, so each is asked about once; holds no answer and no time.
create table frontdoor.feedback_given (
    about_id uuid primary key
);
