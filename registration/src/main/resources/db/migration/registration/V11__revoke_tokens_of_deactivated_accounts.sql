-- A deactivation now revokes the account's API tokens, so a reactivated account starts without them. Tokens of
-- accounts deactivated before that are revoked here, for the same reason.
update api_token set revoked_at = now(), revoked_by = 'system'
where revoked_at is null and account_id in (select id from account where not active);
