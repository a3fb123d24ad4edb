-- Whether the circle was ever told the meeting takes place. A draft cancelled before it was announced stays out of the
-- public page and the calendars, as drafts do: its cancellation is no news to anyone. Meetings saved before were
-- shown once they left the draft status, and stay so.
alter table meeting add column announced boolean not null default false;
update meeting set announced = status <> 'DRAFT';
