-- Housing locations, their occupancy per reference date and the dated norms they are checked against.
-- Like counts, all of it is append-only: a change is a new version, so any past state can be reconstructed.

-- The identity of a location; what it looks like lives in its versions.
create table housing_location (
    id                 bigint generated always as identity primary key,
    municipality_code  char(6)     not null check (municipality_code ~ '^GM[0-9]{4}$'),
    registered_at      timestamptz not null,
    registered_by      text        not null
);

create index housing_location_by_municipality on housing_location (municipality_code);

-- One version of a location. version_no counts up per location; the unique key makes two concurrent edits of
-- the same version collide instead of forking the history.
create table location_version (
    id                  bigint generated always as identity primary key,
    location_id         bigint       not null references housing_location (id),
    version_no          integer      not null check (version_no > 0),
    name                text         not null,
    street              text,
    house_number        text,
    postcode            char(7)      check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    place               text,
    bag_id              char(16)     check (bag_id ~ '^[0-9]{16}$'),
    latitude            numeric(9, 6) check (latitude between -90 and 90),
    longitude           numeric(9, 6) check (longitude between -180 and 180),
    housing_form        text         not null,
    status              text         not null check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    opened_on           date,
    closed_on           date,
    beds                integer      check (beds >= 0),
    floor_area          numeric(9, 1) check (floor_area >= 0),
    bedroom_area        numeric(9, 1) check (bedroom_area >= 0),
    bedrooms            integer      check (bedrooms >= 0),
    toilets             integer      check (toilets >= 0),
    showers             integer      check (showers >= 0),
    operator            text,
    quality_mark        text         not null check (quality_mark in ('NONE', 'SNF', 'AKF')),
    certificate_number  text,
    last_audit_on       date,
    mark_valid_until    date,
    stay_focus          text,
    recorded_at         timestamptz  not null,
    recorded_by         text         not null,
    reason              text,
    marked_error        boolean      not null default false,
    unique (location_id, version_no),
    check (version_no = 1 or reason is not null)
);

create index location_version_recorded on location_version (location_id, recorded_at);

create table location_permit (
    version_id   bigint  not null references location_version (id),
    position     integer not null,
    kind         text    not null,
    number       text,
    valid_from   date,
    valid_to     date,
    primary key (version_id, position),
    check (valid_from is null or valid_to is null or valid_from <= valid_to)
);

-- Persons housed at a location on a reference date. A correction supersedes the report it corrects.
create table occupancy_report (
    id              bigint generated always as identity primary key,
    location_id     bigint      not null references housing_location (id),
    reference_date  date        not null,
    persons         integer     not null check (persons >= 0),
    short_stay      integer     check (short_stay >= 0),
    mid_stay        integer     check (mid_stay >= 0),
    long_stay       integer     check (long_stay >= 0),
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    supersedes_id   bigint      unique references occupancy_report (id),
    marked_error    boolean     not null default false,
    reason          text,
    check (supersedes_id is null or reason is not null),
    check (coalesce(short_stay, 0) + coalesce(mid_stay, 0) + coalesce(long_stay, 0) <= persons)
);

-- Only one first report per location and date: a second one must be a correction.
create unique index occupancy_report_first on occupancy_report (location_id, reference_date)
    where supersedes_id is null;
create index occupancy_report_by_date on occupancy_report (reference_date, location_id);

-- A dated set of norms of a quality mark. A newer set for the same mark and start date replaces the older one
-- from the moment it was recorded; the old one stays for "as known on".
create table norm_rule_set (
    id                         bigint generated always as identity primary key,
    quality_mark               text          not null check (quality_mark in ('SNF', 'AKF')),
    valid_from                 date          not null,
    floor_area_lodging         numeric(5, 1) check (floor_area_lodging > 0),
    floor_area_dwelling        numeric(5, 1) check (floor_area_dwelling > 0),
    bedroom_area_per_person    numeric(5, 1) check (bedroom_area_per_person > 0),
    max_persons_per_bedroom    integer       check (max_persons_per_bedroom > 0),
    persons_per_toilet         integer       check (persons_per_toilet > 0),
    persons_per_shower         integer       check (persons_per_shower > 0),
    note                       text,
    recorded_at                timestamptz   not null,
    recorded_by                text          not null
);

-- The published norms, recorded as known from their publication, so "as known on" earlier moments finds them.
insert into norm_rule_set (quality_mark, valid_from, floor_area_lodging, floor_area_dwelling,
                           bedroom_area_per_person, max_persons_per_bedroom, persons_per_toilet,
                           persons_per_shower, note, recorded_at, recorded_by)
values ('SNF', '2000-01-01', 10, 12, 3.5, null, 8, 8, 'SNF-normen', '2000-01-01', 'migratie'),
       ('AKF', '2024-08-15', 13, 13, null, 2, 8, 8, 'AKF-normen 2024', '2024-08-15', 'migratie'),
       ('AKF', '2026-01-01', 15, 15, null, 2, 8, 8, 'AKF-normen 2026', '2024-08-15', 'migratie');

create function refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: record a new version instead', tg_table_name;
end;
$$;

create trigger housing_location_append_only before update or delete on housing_location
    for each row execute function refuse_history_change();
create trigger location_version_append_only before update or delete on location_version
    for each row execute function refuse_history_change();
create trigger location_permit_append_only before update or delete on location_permit
    for each row execute function refuse_history_change();
create trigger occupancy_report_append_only before update or delete on occupancy_report
    for each row execute function refuse_history_change();
create trigger norm_rule_set_append_only before update or delete on norm_rule_set
    for each row execute function refuse_history_change();
