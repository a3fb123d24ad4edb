-- The audit chain. Rows are only ever inserted: updates and deletes are refused by the database itself.
create table audit_entry (
    id            bigint generated always as identity primary key,
    actor         text        not null,
    occurred_at   timestamptz not null,
    action        text        not null,
    target        text        not null,
    before_json   text,
    after_json    text,
    previous_hash char(64)    not null,
    hash          char(64)    not null unique
);

create index audit_entry_target on audit_entry (target, id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function refuse_audit_change();
