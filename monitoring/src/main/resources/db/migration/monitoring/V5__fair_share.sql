-- Fair-share agreements (taakstelling): a region agrees a total number of places and shares for named
-- municipalities by a deadline. The municipalities not named share the remainder together (Haaglanden 2013:
-- 6,000 places, 2,000 Den Haag, 2,000 Westland, the rest "the others"). Append-only like all monitoring history:
-- a revision is a new version with a reason.

-- The identity of an agreement; its terms live in its versions.
create table fair_share_agreement (
    id           bigint generated always as identity primary key,
    region       text        not null,
    created_at   timestamptz not null,
    created_by   text        not null
);

create index fair_share_agreement_by_region on fair_share_agreement (region);

-- One version of the terms. The unique key makes two concurrent revisions of one version collide.
create table fair_share_version (
    id             bigint generated always as identity primary key,
    agreement_id   bigint      not null references fair_share_agreement (id),
    version_no     integer     not null check (version_no > 0),
    title          text        not null,
    total_places   integer     not null check (total_places > 0),
    agreed_on      date        not null,
    deadline       date        not null,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    reason         text,
    unique (agreement_id, version_no),
    check (deadline >= agreed_on),
    check (version_no = 1 or reason is not null)
);

-- The share of one named municipality in a version.
create table fair_share_part (
    version_id         bigint  not null references fair_share_version (id),
    position           integer not null,
    municipality_code  char(6) not null check (municipality_code ~ '^GM[0-9]{4}$'),
    places             integer not null check (places >= 0),
    primary key (version_id, position),
    unique (version_id, municipality_code)
);

create trigger fair_share_agreement_append_only before update or delete on fair_share_agreement
    for each row execute function refuse_history_change();
create trigger fair_share_version_append_only before update or delete on fair_share_version
    for each row execute function refuse_history_change();
create trigger fair_share_part_append_only before update or delete on fair_share_part
    for each row execute function refuse_history_change();

-- The regional picture looks up the latest report on or before a date per location; this serves that search
-- (the partial unique index on the same columns only holds first reports).
create index occupancy_report_by_location on occupancy_report (location_id, reference_date desc);
