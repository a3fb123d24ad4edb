-- Beside each location's current state, the verdict on its latest valid report: whether the persons in it meet
-- every norm of the rule set of its mark in force on the day it was judged, and which rule set that was. A picture
-- as known now reads the verdict instead of judging every location on every view. Where the picture's rule set is
-- another one (recorded or come into force since) or its date lies before the report, the picture judges that
-- location itself with the same function: a stale verdict costs time, never a wrong total.

alter table monitoring.current_location
    add column verdict_rules_id bigint,
    add column meets_norm       boolean;

-- Whether persons in a location violate a rule of a rule set: NormChecker's rules, with its rounding (a ratio to two
-- decimals, half up) and its "not assessed" (a missing fact or norm violates nothing). True, false or null (nothing
-- violated). Pictures as known at a past moment judge in Java, so tests comparing both paths compare both checks.
create function monitoring.violates_norm(housing_form text, beds integer, floor_area numeric, bedroom_area numeric,
                                         bedrooms integer, toilets integer, showers integer, persons integer,
                                         floor_area_lodging numeric, floor_area_dwelling numeric,
                                         bedroom_area_per_person numeric, max_persons_per_bedroom integer,
                                         persons_per_toilet integer, persons_per_shower integer)
    returns boolean language sql immutable as $$
    select (beds is not null and persons > beds)
        -- an area per person below its minimum; nobody housed is not assessed (nothing divides by zero)
        or (case when persons <> 0 then round(floor_area / persons, 2)
                 < case when housing_form = 'REGULAR_DWELLING' then floor_area_dwelling else floor_area_lodging end end)
        or (case when persons <> 0 then round(bedroom_area / persons, 2) < bedroom_area_per_person end)
        -- persons per facility above the norm; people housed with none of the facility violate it outright
        or (max_persons_per_bedroom is not null and case when bedrooms = 0 then persons <> 0
            else round(persons::numeric / bedrooms, 2) > max_persons_per_bedroom end)
        or (persons_per_toilet is not null and case when toilets = 0 then persons <> 0
            else round(persons::numeric / toilets, 2) > persons_per_toilet end)
        or (persons_per_shower is not null and case when showers = 0 then persons <> 0
            else round(persons::numeric / showers, 2) > persons_per_shower end)
$$;

-- The rule set in force today in Amsterdam, as known now, for each quality mark a location can hold: a rule set
-- recorded in this very transaction included, as the next picture finds it. A location without a mark is held to the
-- SNF norms (QualityMark.normsToApply); were the two ever to differ, the picture would find another rule set than
-- the verdict's and judge the location itself.
create view monitoring.rules_in_force as
    select m.mark as location_mark, n.*
    from (values ('NONE', 'SNF'), ('SNF', 'SNF'), ('AKF', 'AKF')) m (mark, norms)
    left join lateral (
        select r.* from monitoring.norm_rule_set r
        where r.quality_mark = m.norms and r.valid_from <= (now() at time zone 'Europe/Amsterdam')::date
        order by r.valid_from desc, r.recorded_at desc, r.id desc
        limit 1) n on true;

-- The verdict on location c housing persons by rule set n (none: not met).
create function monitoring.meets_norm(c monitoring.current_location, persons integer, n monitoring.rules_in_force)
    returns boolean language sql stable as $$
    select persons is not null and n.id is not null
        and not coalesce(monitoring.violates_norm(c.housing_form, c.beds, c.floor_area, c.bedroom_area, c.bedrooms,
            c.toilets, c.showers, persons, n.floor_area_lodging, n.floor_area_dwelling, n.bedroom_area_per_person,
            n.max_persons_per_bedroom, n.persons_per_toilet, n.persons_per_shower), false)
$$;

-- Judges these locations on their current report. The rows are locked in location order first, as the reports'
-- refresh locks them, so judging after a new rule set and an import at the same moment wait for each other instead of
-- deadlocking.
create function monitoring.judge_current(locations bigint[]) returns void language plpgsql as $$
begin
    perform 1 from monitoring.current_location c where c.location_id = any (locations)
    order by c.location_id for update;
    update monitoring.current_location c
    set verdict_rules_id = n.id, meets_norm = monitoring.meets_norm(k, k.persons, n)
    from monitoring.current_location k
    left join monitoring.rules_in_force n on n.location_mark = k.quality_mark
    where k.location_id = any (locations) and c.location_id = k.location_id;
end;
$$;

-- The locations whose verdict is not by the rule set in force: after a rule set is recorded, and once a day for a
-- rule set coming into force (the monitoring module's timer). Returns how many were judged.
create function monitoring.judge_stale() returns integer language plpgsql as $$
declare
    stale bigint[] := array(
        select c.location_id from monitoring.current_location c
        left join monitoring.rules_in_force n on n.location_mark = c.quality_mark
        where c.verdict_rules_id is distinct from n.id);
begin
    perform monitoring.judge_current(stale);
    return cardinality(stale);
end;
$$;

-- V8's refresh of the latest valid report, judging it in the same update: an import pays one write per location.
create or replace function monitoring.refresh_current_occupancy(locations bigint[]) returns void language plpgsql as $$
begin
    perform 1 from monitoring.current_location c where c.location_id = any (locations)
    order by c.location_id for update;
    update monitoring.current_location c
    set report_id = o.id, report_date = o.reference_date, persons = o.persons,
        verdict_rules_id = n.id, meets_norm = monitoring.meets_norm(k, o.persons, n)
    from unnest(locations) t (id)
    join monitoring.current_location k on k.location_id = t.id
    left join monitoring.rules_in_force n on n.location_mark = k.quality_mark
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

-- A new version changes what is judged (beds, facilities, mark), so it is judged again after its refresh.
create or replace function monitoring.keep_current_state() returns trigger language plpgsql as $$
declare
    locations bigint[] := array(select distinct location_id from added);
begin
    if tg_table_name = 'location_version' then
        perform monitoring.refresh_current_location(locations);
        perform monitoring.judge_current(locations);
    else
        perform monitoring.refresh_current_occupancy(locations);
    end if;
    return null;
end;
$$;

create function monitoring.judge_after_rules() returns trigger language plpgsql as $$
begin
    perform monitoring.judge_stale();
    return null;
end;
$$;

create trigger norm_rule_set_judges after insert on monitoring.norm_rule_set
    for each statement execute function monitoring.judge_after_rules();

select monitoring.judge_current(array(select location_id from monitoring.current_location));
