-- Raised at every password change, reset, activation and deactivation. A page session remembers the generation
-- it signed in with and ends as soon as the account's has moved on, on whichever instance serves it.
alter table account add column credentials_generation bigint not null default 0;

-- When the last password-reset mail was queued for an account, and the last opt-in mail for a subscriber: one
-- pending mail per address per period, however often it is asked for.
alter table account add column reset_mailed_at timestamptz;
alter table subscriber add column opt_in_mailed_at timestamptz;
