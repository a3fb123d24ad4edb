-- The rules an inspection's norm check could not decide for want of facts (comma-separated rule names), so an
-- inspection of a location whose toilets or floor area were never recorded no longer reads as meeting the norms.
-- Inspections recorded before kept only their violations; for them the list is unknown and left empty.
alter table inspection add column not_assessed_rules text not null default '';
