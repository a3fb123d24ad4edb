-- Hardening of the audit chain.
-- 1. TRUNCATE bypasses row triggers, so it gets a statement trigger of its own.
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function refuse_audit_change();

-- 2. Entries written from now on hash length-prefixed fields (version 2), so no choice of field contents can
--    make two different entries hash alike; older entries keep the separator-joined form they were written with.
alter table audit_entry add column hash_version smallint not null default 1;
alter table audit_entry alter column hash_version set default 2;

-- 3. The head of the chain (how many entries, the last one's id and hash), sealed with an HMAC under a key that
--    lives in configuration, not in the database. A shortened or recomputed chain no longer matches its seal.
create table audit_anchor (
    id         smallint    primary key check (id = 1),
    entries    bigint      not null,
    head_id    bigint      not null,
    head_hash  char(64)    not null,
    mac        char(64)    not null,
    sealed_at  timestamptz not null
);

create trigger audit_anchor_no_delete
    before delete or truncate on audit_anchor
    for each statement execute function refuse_audit_change();
