-- Anyone who knows an account's address can lock it by guessing its password. A browser the account signed in with
-- before gets past that lock with the right password, so such guessing keeps nobody out who worked there before;
-- it counts its own wrong passwords while the account is locked, and the fifth makes it a browser like any other.
alter table known_device add column failed_logins integer not null default 0;
