-- Contacts change only while open, guarded by "outcome is null" in each update; the version counter was never read.
alter table frontdoor.contact drop column version;
