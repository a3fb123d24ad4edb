-- A location counts toward the beds meeting the norm only when its facts decide every rule and it meets them all,
-- as the dashboard says: no beds, floor area or count of bedrooms, toilets or showers known where a rule asks for it
-- leaves the rule undecided, and the location outside that share (NormCheck.meetsEveryRule). With nobody housed the
-- rules per person hold. A rule the rule set does not have is no rule, as before.

-- True where a rule is violated; null where none is but a rule is undecided; false where every rule is met.
create or replace function monitoring.violates_norm(housing_form text, beds integer, floor_area numeric,
                                                    bedroom_area numeric, bedrooms integer, toilets integer,
                                                    showers integer, persons integer, floor_area_lodging numeric,
                                                    floor_area_dwelling numeric, bedroom_area_per_person numeric,
                                                    max_persons_per_bedroom integer, persons_per_toilet integer,
                                                    persons_per_shower integer)
    returns boolean language sql immutable as $$
    select persons > beds
        or (case when persons = 0 or (case when housing_form = 'REGULAR_DWELLING' then floor_area_dwelling
                                           else floor_area_lodging end) is null then false
                 else round(floor_area / persons, 2) < case when housing_form = 'REGULAR_DWELLING'
                     then floor_area_dwelling else floor_area_lodging end end)
        or (case when persons = 0 or bedroom_area_per_person is null then false
                 else round(bedroom_area / persons, 2) < bedroom_area_per_person end)
        -- persons per facility above the norm; people housed with none of the facility violate it outright
        or (max_persons_per_bedroom is not null and case when bedrooms = 0 then persons <> 0
            else round(persons::numeric / bedrooms, 2) > max_persons_per_bedroom end)
        or (persons_per_toilet is not null and case when toilets = 0 then persons <> 0
            else round(persons::numeric / toilets, 2) > persons_per_toilet end)
        or (persons_per_shower is not null and case when showers = 0 then persons <> 0
            else round(persons::numeric / showers, 2) > persons_per_shower end)
$$;

create or replace function monitoring.meets_norm(c monitoring.current_location, persons integer,
                                                 n monitoring.rules_in_force)
    returns boolean language sql stable as $$
    select persons is not null and n.id is not null
        and monitoring.violates_norm(c.housing_form, c.beds, c.floor_area, c.bedroom_area, c.bedrooms, c.toilets,
            c.showers, persons, n.floor_area_lodging, n.floor_area_dwelling, n.bedroom_area_per_person,
            n.max_persons_per_bedroom, n.persons_per_toilet, n.persons_per_shower) is false
$$;

-- Every stored verdict judged again, and every municipality's totals summed again.
select monitoring.judge_current(array(select location_id from monitoring.current_location));

insert into monitoring.municipality_change (municipality_code)
select distinct municipality_code from monitoring.current_location;
