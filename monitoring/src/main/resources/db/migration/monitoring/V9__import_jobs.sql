-- Where a background import stands, for the page that polls it. In the database rather than in the memory of the
-- instance that runs the import, so whichever instance of a cluster the next poll reaches answers it. Written in
-- transactions of their own while the import's transaction is still open; forgotten an hour after the start.
create table monitoring.import_job (
    id            text        primary key,
    owner         text        not null,
    started_at    timestamptz not null,
    state         text        not null check (state in ('VALIDATING', 'WRITING', 'DONE', 'REFUSED', 'FAILED')),
    validated     bigint      not null default 0,
    written       bigint      not null default 0,
    outcome       text,
    problems      text,
    problem_total bigint      not null default 0
);
create index import_job_started on monitoring.import_job (started_at);
