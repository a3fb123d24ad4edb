-- A token can be revoked before it is used or expires: a password change or reset ends every older link of the
-- account it was issued for.
alter table one_time_token add column revoked_at timestamptz;
