-- Requests counted per kind (sign-in per client, password reset per address, ...) and subject in fixed windows,
-- shared by every instance of the application. The subject (an email address or a client IP) is stored only
-- as its SHA-256, so the table holds no personal data in the clear. Rows whose window ended long ago are
-- removed as new requests come in.
create table request_throttle (
    kind         text        not null,
    subject      text        not null,
    window_start timestamptz not null,
    hits         integer     not null check (hits > 0),
    primary key (kind, subject)
);

create index request_throttle_window_start on request_throttle (window_start);
