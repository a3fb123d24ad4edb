-- The places an agreement is about: Haaglanden agreed short-stay places, so what it realised is the beds of locations
-- meant for short stay. None: every bed counts, as for the agreements recorded before.
alter table fair_share_version add column stay_focus text check (stay_focus in ('SHORT', 'MID', 'LONG', 'MIXED'));
