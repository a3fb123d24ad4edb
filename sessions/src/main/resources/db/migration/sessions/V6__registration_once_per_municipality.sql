-- An address is registered once per municipality for a meeting, not once per meeting: someone of a shared civil
-- service may represent several municipalities, and an officer must not learn from a refusal that another
-- municipality registered an address.
drop index meeting_registration_once;
create unique index meeting_registration_once on meeting_registration (meeting_id, municipality_code, lower(email))
    where status <> 'CANCELLED';
