-- A mail of a list (the newsletter) carries the address that takes its recipient off the list in one step, which mail
-- programs offer as their own unsubscribe button (RFC 2369, RFC 8058).
alter table outbox_mail add column list_unsubscribe text;
