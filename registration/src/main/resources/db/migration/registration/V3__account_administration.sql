-- Accounts created by a coordinator wait for their owner to choose a password through the activation link:
-- until then password_hash is null, and such an account cannot sign in.
alter table account alter column password_hash drop not null;

-- The language of the pages after sign-in and of the mails the account receives.
alter table account add column preferred_language text not null default 'nl'
    check (preferred_language in ('nl', 'en'));

-- The rule "never deactivate the last active coordinator" counts these rows.
create index account_active_role on account (role) where active;
