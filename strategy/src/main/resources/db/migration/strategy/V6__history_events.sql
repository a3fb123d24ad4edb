-- A document's history tells its whole story: besides the steps of its workflow, its creation and the co-authors
-- added to or removed from a regional agreement. A step changes the status; another event keeps it (from and to
-- are the same), and a creation has none before it.
alter table document_transition add column event text not null default 'STEP';
alter table document_transition alter column from_status drop not null;
alter table document_transition add column co_author_code text;
alter table document_transition add column co_author_name text;

-- documents made before keep their creation in their history too
insert into document_transition (document_id, from_status, to_status, at, by_email, event)
select id, null, 'DRAFT', created_at, created_by, 'CREATED' from document;
