-- Inspections of housing locations and signals of nuisance or exploitation. Append-only like the rest of
-- monitoring: an inspection is never changed, and a signal changes by adding a version.

-- One inspection with the norm check as it stood that moment: the violated rules are copied (measured value
-- and limit), so a later norm or occupancy change never rewrites what the inspector was held to.
-- municipality_code repeats the location's (which never changes) so the worklist and access filter stay set-based.
create table inspection (
    id                 bigint generated always as identity primary key,
    location_id        bigint      not null references housing_location (id),
    municipality_code  char(6)     not null check (municipality_code ~ '^GM[0-9]{4}$'),
    inspected_on       date        not null,
    inspector          text        not null,
    findings           text,
    norm_mark          text        check (norm_mark in ('SNF', 'AKF')),
    norm_valid_from    date,
    occupancy_date     date,
    persons            integer     check (persons >= 0),
    violations         integer     not null check (violations >= 0),
    violated_rules     text        not null,
    measure            text        not null check (measure in ('NONE', 'WARNING', 'LAST_ONDER_DWANGSOM', 'CLOSURE')),
    follow_up_on       date,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    check (follow_up_on is null or follow_up_on >= inspected_on)
);

create index inspection_by_location on inspection (location_id, inspected_on);
create index inspection_by_municipality on inspection (municipality_code, inspected_on);
create index inspection_follow_up on inspection (follow_up_on) where follow_up_on is not null;

-- The identity of a signal; what it says and where it stands live in its versions.
create table signal_case (
    id                 bigint generated always as identity primary key,
    municipality_code  char(6)     not null check (municipality_code ~ '^GM[0-9]{4}$'),
    reported_at        timestamptz not null,
    reported_by        text        not null
);

create index signal_case_by_municipality on signal_case (municipality_code);

-- One version of a signal. Without a location it is about an address: a forgotten place nobody registered yet.
create table signal_version (
    id              bigint generated always as identity primary key,
    signal_id       bigint      not null references signal_case (id),
    version_no      integer     not null check (version_no > 0),
    signalled_on    date        not null,
    kind            text        not null check (kind in ('NUISANCE', 'EXPLOITATION', 'OVERCROWDING', 'FIRE_SAFETY', 'OTHER')),
    source          text        not null,
    description     text        not null,
    status          text        not null check (status in ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    location_id     bigint      references housing_location (id),
    street          text,
    house_number    text,
    postcode        char(7)     check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    place           text,
    recorded_at     timestamptz not null,
    recorded_by     text        not null,
    reason          text,
    unique (signal_id, version_no),
    check (version_no = 1 or reason is not null),
    check (location_id is not null or street is not null or place is not null or postcode is not null)
);

create index signal_version_by_location on signal_version (location_id) where location_id is not null;

create trigger inspection_append_only before update or delete on inspection
    for each row execute function refuse_history_change();
create trigger signal_case_append_only before update or delete on signal_case
    for each row execute function refuse_history_change();
create trigger signal_version_append_only before update or delete on signal_version
    for each row execute function refuse_history_change();
