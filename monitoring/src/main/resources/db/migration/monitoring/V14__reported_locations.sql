-- Per municipality how many of its active locations have an occupancy report on or before the day: an occupancy of
-- 0 where no location reported is unknown, not empty, and a total over partly reported locations is a lower bound.
-- Every kept total is noted as changed, so the next summing fills the new column; until then the pictures sum
-- those municipalities from the current state.
alter table monitoring.municipality_totals add column reported bigint not null default 0;

insert into monitoring.municipality_change (municipality_code)
select municipality_code from monitoring.municipality_totals;
