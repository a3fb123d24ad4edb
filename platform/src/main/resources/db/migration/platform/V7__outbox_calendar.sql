-- A mail about a meeting carries the meeting as a calendar file, which every mail program offers to add to its
-- calendar: also for one who has no account to download it from the pages.
alter table outbox_mail add column calendar_file_name text, add column calendar text;
