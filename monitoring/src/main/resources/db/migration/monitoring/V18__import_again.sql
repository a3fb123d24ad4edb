-- A file imported before is compared row by row again, as any file is: figures changed since it was read (corrected
-- by someone, or read with its columns assigned otherwise) are written again, and that import is logged as well.
-- Two imports of one file still take turns (a lock per kind and file), so the log needs no unique key for that.
alter table monitoring.import_log drop constraint import_log_kind_sha256_key;
create index import_log_file on monitoring.import_log (kind, sha256);
