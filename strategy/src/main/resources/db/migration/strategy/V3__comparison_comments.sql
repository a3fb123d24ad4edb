-- A version made by restoring an earlier one names it.
alter table document_version add column restored_from integer;

-- Review comments, anchored to a section and optionally to a quoted passage; a reply names the comment it answers.
-- Only a thread's first comment is resolved or reopened; open threads block adoption.
create table review_comment (
    id           bigint generated always as identity primary key,
    document_id  bigint      not null references document (id),
    section_id   bigint      not null references section (id),
    parent_id    bigint      references review_comment (id),
    quote        text,
    text         text        not null check (length(text) > 0),
    author       text        not null,
    created_at   timestamptz not null,
    resolved_at  timestamptz,
    resolved_by  text,
    version      bigint      not null default 0,
    check (parent_id is null or (quote is null and resolved_at is null))
);

create index review_comment_by_document on review_comment (document_id, id);
