-- The present, kept beside the history: per location its latest version and its latest valid occupancy report,
-- so a picture "as known now" reads one row per location instead of finding the latest of each through the whole
-- history. Not history itself: rows are replaced as the history grows; "as known on" a past moment still reads the
-- history. Kept by triggers on the history tables, so every writer (forms, REST, CSV import, a bulk COPY) keeps it in
-- the same transaction as the row it writes, and nothing can write history without it.

-- Per location its latest version, whatever it says (a version marked as an error or closed counts as latest: the
-- picture decides from its fields whether the location houses anyone on a date), and its latest valid occupancy
-- report: not marked as an error, not corrected by a later one, the latest reference date (null when there is none).
-- One row per location, so the picture reads one table.
create table monitoring.current_location (
    location_id        bigint      primary key references monitoring.housing_location (id),
    municipality_code  char(6)     not null,
    registered_at      timestamptz not null,
    version_id         bigint      not null,
    version_no         integer     not null,
    housing_form       text        not null,
    status             text        not null,
    opened_on          date,
    closed_on          date,
    beds               integer,
    floor_area         numeric(9, 1),
    bedroom_area       numeric(9, 1),
    bedrooms           integer,
    toilets            integer,
    showers            integer,
    quality_mark       text        not null,
    stay_focus         text,
    marked_error       boolean     not null,
    report_id          bigint,
    report_date        date,
    persons            integer
);

create index current_location_by_municipality on monitoring.current_location (municipality_code);

-- Names are qualified: the application's connections do not have monitoring on their search path.

-- The latest version of each of these locations, from the history (their reports stay as they are). Versions of one location are numbered under the
-- history's unique key, so a later writer of the same location has seen this one's version: the highest number
-- wins, and the upsert, which locks the row and re-reads it once a concurrent writer commits, keeps it so.
create function monitoring.refresh_current_location(locations bigint[]) returns void language sql as $$
    insert into monitoring.current_location as c (location_id, municipality_code, registered_at, version_id,
        version_no, housing_form, status, opened_on, closed_on, beds, floor_area, bedroom_area, bedrooms, toilets,
        showers, quality_mark, stay_focus, marked_error)
    select distinct on (v.location_id) v.location_id, l.municipality_code, l.registered_at, v.id, v.version_no,
           v.housing_form, v.status, v.opened_on, v.closed_on, v.beds, v.floor_area, v.bedroom_area, v.bedrooms,
           v.toilets, v.showers, v.quality_mark, v.stay_focus, v.marked_error
    from monitoring.location_version v join monitoring.housing_location l on l.id = v.location_id
    where v.location_id = any (locations)
    order by v.location_id, v.version_no desc
    on conflict (location_id) do update set version_id = excluded.version_id, version_no = excluded.version_no,
        housing_form = excluded.housing_form, status = excluded.status, opened_on = excluded.opened_on,
        closed_on = excluded.closed_on, beds = excluded.beds, floor_area = excluded.floor_area,
        bedroom_area = excluded.bedroom_area, bedrooms = excluded.bedrooms, toilets = excluded.toilets,
        showers = excluded.showers, quality_mark = excluded.quality_mark, stay_focus = excluded.stay_focus,
        marked_error = excluded.marked_error
    where excluded.version_no > c.version_no;
$$;

-- The latest valid report of each of these locations, from the history. A correction or a marking can demote the
-- current report to an older one, so it is recomputed rather than compared with the new report. First the rows are
-- locked, in location order (no deadlock between two imports): a second writer of the same location waits here for
-- the first to commit, and its next statement then reads the history with the first writer's report in it (read
-- committed takes a new snapshot per statement). A location has its row from its first version on.
create function monitoring.refresh_current_occupancy(locations bigint[]) returns void language plpgsql as $$
begin
    perform 1 from monitoring.current_location c where c.location_id = any (locations)
    order by c.location_id for update;
    update monitoring.current_location c
    set report_id = o.id, report_date = o.reference_date, persons = o.persons
    from unnest(locations) t (id)
    left join lateral (
        select r.id, r.reference_date, r.persons
        from monitoring.occupancy_report r
        where r.location_id = t.id and not r.marked_error
          and not exists (select 1 from monitoring.occupancy_report s where s.supersedes_id = r.id)
        order by r.reference_date desc, r.recorded_at desc
        limit 1) o on true
    where c.location_id = t.id;
end;
$$;

-- One trigger function for both history tables: each names its location in location_id.
create function monitoring.keep_current_state() returns trigger language plpgsql as $$
declare
    locations bigint[] := array(select distinct location_id from added);
begin
    if tg_table_name = 'location_version' then
        perform monitoring.refresh_current_location(locations);
    else
        perform monitoring.refresh_current_occupancy(locations);
    end if;
    return null;
end;
$$;

-- Per statement, so an import of many rows keeps the present in a few set-based statements, not row by row.
create trigger location_version_keeps_current after insert on monitoring.location_version
    referencing new table as added for each statement execute function monitoring.keep_current_state();
create trigger occupancy_report_keeps_current after insert on monitoring.occupancy_report
    referencing new table as added for each statement execute function monitoring.keep_current_state();

-- What is there already.
select monitoring.refresh_current_location(array(select id from monitoring.housing_location));
select monitoring.refresh_current_occupancy(array(select distinct location_id from monitoring.occupancy_report));
