-- The browsers an account signed in with, each known by a random token in a cookie, stored as its SHA-256. A sign-in
-- from a known browser of the account it is for is not held back by the limit on failed sign-ins per client address,
-- which everyone behind one address (a town hall, a province's office) shares: failures of others there, or of an
-- attacker, do not lock out colleagues who signed in there before. The per-account lock applies to every browser.
create table known_device (
    token_hash   char(64)    primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);

create index known_device_by_account on known_device (account_id, last_used_at);
