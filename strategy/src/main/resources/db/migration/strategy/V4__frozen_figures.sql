-- Figures frozen into a section: the values themselves (JSON: reference date, the moment they were known, area,
-- and rows of label, value and source), copied into every version saved, never a query on monitoring.
alter table section add column figures_json text;
alter table version_section add column figures_json text;
