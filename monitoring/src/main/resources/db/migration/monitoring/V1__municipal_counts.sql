-- Counts of labour migrants per municipality, with their provenance. Append-only: a correction is a new row
-- that supersedes the old one, so what was known at any moment can be reconstructed.
create table municipal_count (
    id                 bigint generated always as identity primary key,
    municipality_code  char(6)     not null check (municipality_code ~ '^GM[0-9]{4}$'),
    reference_date     date        not null,
    registered_brp     integer     check (registered_brp >= 0),
    registered_rni     integer     check (registered_rni >= 0),
    working            integer     check (working >= 0),
    estimate_min       integer     check (estimate_min >= 0),
    estimate_max       integer     check (estimate_max >= 0),
    source             text        not null,
    method             text,
    definition         text        not null check (definition in ('LIVING_IN', 'WORKING_IN')),
    short_stay_months  integer     not null default 4 check (short_stay_months > 0),
    long_stay_months   integer     not null default 12,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    supersedes_id      bigint      unique references municipal_count (id),
    marked_error       boolean     not null default false,
    reason             text,
    check (estimate_min is null or estimate_max is null or estimate_min <= estimate_max),
    check (long_stay_months > short_stay_months),
    check (supersedes_id is null or reason is not null)
);

create index municipal_count_by_municipality on municipal_count (municipality_code, reference_date);
create index municipal_count_recorded on municipal_count (recorded_at);

create function refuse_count_change() returns trigger language plpgsql as $$
begin
    raise exception 'counts are append-only: record a correction instead';
end;
$$;

create trigger municipal_count_append_only
    before update or delete on municipal_count
    for each row execute function refuse_count_change();
