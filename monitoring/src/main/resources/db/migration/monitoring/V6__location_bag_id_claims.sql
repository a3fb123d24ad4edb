-- A BAG id names one verblijfsobject, and import files find a location by it: two live locations with the same
-- BAG id would make every later file about it ambiguous. Versions cannot carry a unique key on it (each version
-- of a location repeats its BAG id), so the BAG id of each live location is claimed here, one row per location.
-- The claims are kept by a trigger on new versions, so forms and imports obey the same rule. Not history: a claim
-- is given up when a location changes its BAG id or is marked as an error, and the versions keep what was.
create table monitoring.location_bag_claim (
    bag_id       char(16) not null,
    location_id  bigint   not null unique references monitoring.housing_location (id),
    constraint location_bag_id_taken primary key (bag_id)
);

-- Locations that already share a BAG id stay as they are (the import keeps refusing them as ambiguous); the
-- first of them holds the claim.
insert into monitoring.location_bag_claim (bag_id, location_id)
select distinct on (v.bag_id) v.bag_id, v.location_id
from monitoring.location_version v
where v.bag_id is not null and not v.marked_error
  and v.version_no = (select max(w.version_no) from monitoring.location_version w where w.location_id = v.location_id)
order by v.bag_id, v.location_id;

-- Names are qualified: the application's connections do not have monitoring on their search path.
create function monitoring.claim_bag_ids() returns trigger language plpgsql as $$
begin
    delete from monitoring.location_bag_claim c using added a
    where c.location_id = a.location_id and (a.marked_error or a.bag_id is distinct from c.bag_id);
    -- only a BAG id new to its location is claimed: keeping one that was shared before this rule stays allowed
    insert into monitoring.location_bag_claim (bag_id, location_id)
    select a.bag_id, a.location_id from added a
    where a.bag_id is not null and not a.marked_error
      and not exists (select 1 from monitoring.location_version p
                      where p.location_id = a.location_id and p.version_no = a.version_no - 1
                        and p.bag_id = a.bag_id and not p.marked_error);
    return null;
end;
$$;

-- Per statement, so an import of many versions is checked in two set-based statements, not row by row.
create trigger location_version_claims_bag_id after insert on monitoring.location_version
    referencing new table as added for each statement execute function monitoring.claim_bag_ids();
