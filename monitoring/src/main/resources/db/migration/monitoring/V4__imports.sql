-- One row per imported CSV file. The SHA-256 of the file's bytes makes a second import of the same file a no-op;
-- the unique key also stops two simultaneous imports of one file: the second one fails on commit and writes nothing.
create table monitoring.import_log (
    id           bigint generated always as identity primary key,
    kind         text        not null check (kind in ('COUNTS', 'LOCATIONS', 'OCCUPANCY')),
    file_name    text        not null,
    sha256       char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    data_rows    integer     not null check (data_rows > 0),
    added        integer     not null check (added >= 0),
    corrected    integer     not null check (corrected >= 0),
    unchanged    integer     not null check (unchanged >= 0),
    imported_at  timestamptz not null,
    imported_by  text        not null,
    unique (kind, sha256)
);

create trigger import_log_append_only before update or delete on monitoring.import_log
    for each row execute function monitoring.refuse_history_change();

-- Occupancy rows of an import refer to locations by BAG id; this finds the locations of a BAG id quickly.
create index location_version_bag_id on monitoring.location_version (bag_id) where bag_id is not null;
