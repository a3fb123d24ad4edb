-- Mail waiting to be sent. Written in the same transaction as the change that causes it, relayed by a timer;
-- the dedup key makes enqueueing the same mail twice a no-op.
create table outbox_mail (
    id              bigint generated always as identity primary key,
    dedup_key       text        not null unique,
    recipient       text        not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);

create index outbox_mail_due on outbox_mail (next_attempt_at) where sent_at is null;

-- Single-use tokens behind links in mails (activation, password reset, opt-in). Only a hash is stored.
create table one_time_token (
    token_hash char(64)    primary key,
    purpose    text        not null,
    subject    text        not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index one_time_token_subject on one_time_token (purpose, subject);
