-- When its author last changed a comment, so that readers see a comment is not as first written.
alter table review_comment add column changed_at timestamptz;
