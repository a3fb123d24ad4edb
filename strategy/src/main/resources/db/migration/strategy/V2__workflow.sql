-- Every step of a document's workflow (draft, in review, adopted, withdrawn), with who took it, when, why and the
-- version it concerned. Auditors read this history of any document, also of drafts whose text they do not see.
create table document_transition (
    id              bigint generated always as identity primary key,
    document_id     bigint      not null references document (id),
    from_status     text        not null,
    to_status       text        not null,
    at              timestamptz not null,
    by_email        text        not null,
    comment         text,
    version_number  integer
);

create index document_transition_by_document on document_transition (document_id, id);
