-- Per municipality what its locations add up to on one day, as known when summed: the picture as known now reads one
-- row per municipality instead of one per location. The writes do not sum, they only note which municipalities they
-- changed (municipality_change), so a write takes no lock a concurrent writer of the same municipality would wait
-- for; the monitoring module's timer sums the noted ones again a few seconds later. A picture takes a municipality's
-- totals only when they are for its date and no change of it is noted; any other municipality it sums from the
-- current state itself, so totals not yet summed again cost time, never a wrong figure.

create table monitoring.municipality_totals (
    municipality_code  char(6) primary key,
    day                date    not null,
    locations          bigint  not null,
    beds               bigint  not null,
    persons            bigint  not null,
    beds_meeting_norm  bigint  not null
);

-- No generated id: the writes' own inserts read their new row's id with lastval(), which a sequence used by this
-- trigger would answer instead.
create table monitoring.municipality_change (
    municipality_code  char(6) not null
);

create index municipality_change_by_municipality on monitoring.municipality_change (municipality_code);

create function monitoring.note_municipalities_changed() returns trigger language plpgsql as $$
begin
    insert into monitoring.municipality_change (municipality_code)
    select distinct h.municipality_code from monitoring.housing_location h
    where h.id in (select location_id from added);
    return null;
end;
$$;

-- On the history tables whose rows change what a location adds up to, as the current state's own triggers (V8); they
-- share the statement's new rows with those. Verdicts judged again change no figure: a picture judges a location
-- itself where its verdict is stale.
create trigger location_version_changes_totals after insert on monitoring.location_version
    referencing new table as added for each statement execute function monitoring.note_municipalities_changed();
create trigger occupancy_report_changes_totals after insert on monitoring.occupancy_report
    referencing new table as added for each statement execute function monitoring.note_municipalities_changed();

-- A recorded rule set may change which rules apply on a day without a verdict changing: every total is summed again.
create function monitoring.note_all_municipalities_changed() returns trigger language plpgsql as $$
begin
    insert into monitoring.municipality_change (municipality_code)
    select municipality_code from monitoring.municipality_totals;
    return null;
end;
$$;

create trigger norm_rule_set_changes_totals after insert on monitoring.norm_rule_set
    for each statement execute function monitoring.note_all_municipalities_changed();

insert into monitoring.municipality_change (municipality_code)
select distinct municipality_code from monitoring.current_location;
