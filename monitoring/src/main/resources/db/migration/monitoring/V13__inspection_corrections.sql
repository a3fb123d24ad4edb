-- An inspection recorded with a mistake is corrected by a new one that names it (corrects_id) and says why; the
-- corrected one stays, so "as known on" a moment before the correction still shows it. One correction per inspection:
-- a second one corrects the correction.
alter table inspection add column corrects_id bigint references inspection (id);
alter table inspection add column reason text;
alter table inspection add constraint inspection_correction_has_reason check (corrects_id is null or reason is not null);
create unique index inspection_corrected_once on inspection (corrects_id) where corrects_id is not null;
