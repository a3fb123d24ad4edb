-- Each municipality's own stay classes: short stay below the first threshold, long stay from the second, mid stay
-- between. Append-only, numbered per municipality; the highest number is in force, none means 4 and 12 months. A count
-- keeps the thresholds it was recorded with, so a later change never rewrites what a count meant.
create table stay_thresholds (
    id                 bigint generated always as identity primary key,
    municipality_code  char(6)     not null check (municipality_code ~ '^GM[0-9]{4}$'),
    version_no         integer     not null check (version_no > 0),
    short_stay_months  integer     not null check (short_stay_months > 0),
    long_stay_months   integer     not null check (long_stay_months <= 120),
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    unique (municipality_code, version_no),
    check (long_stay_months > short_stay_months)
);

create trigger stay_thresholds_append_only
    before update or delete on stay_thresholds
    for each row execute function refuse_history_change();
