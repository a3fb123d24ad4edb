-- Things the application does once in the life of a database (such as loading the demo data set) leave a marker in
-- the same transaction as their work: a restart finds it and does nothing, and two instances starting at once
-- cannot both do the work (the second fails on the primary key and writes nothing).
create table durable_marker (
    name    text        primary key,
    set_at  timestamptz not null
);
