-- The history of imports per municipality: which municipalities a file's rows were about. Files imported before this
-- migration keep an empty list (they show in the history of all municipalities only).
alter table monitoring.import_log add column municipality_codes text[] not null default '{}';

-- A refused file leaves its report, so the person who sent it (and the coordinator) can see why later. Written in a
-- transaction of its own after the import's own transaction rolled back; append-only like the log.
create table monitoring.import_refusal (
    id                 bigint generated always as identity primary key,
    kind               text        not null check (kind in ('COUNTS', 'LOCATIONS', 'OCCUPANCY')),
    file_name          text        not null,
    municipality_codes text[]      not null default '{}',
    problem_total      integer     not null check (problem_total > 0),
    problems           text        not null,
    refused_at         timestamptz not null,
    refused_by         text        not null
);
create index import_refusal_codes on monitoring.import_refusal using gin (municipality_codes);
create index import_log_codes on monitoring.import_log using gin (municipality_codes);

create trigger import_refusal_append_only before update or delete on monitoring.import_refusal
    for each row execute function monitoring.refuse_history_change();

-- How a person's own spreadsheet names the product's columns ("Aantal BRP" is registered_brp), remembered for the
-- next file of that kind. A preference, not history: changed in place.
create table monitoring.import_mapping (
    person          text not null,
    kind            text not null check (kind in ('COUNTS', 'LOCATIONS', 'OCCUPANCY')),
    file_column     text not null,
    product_column  text not null,
    primary key (person, kind, file_column)
);
