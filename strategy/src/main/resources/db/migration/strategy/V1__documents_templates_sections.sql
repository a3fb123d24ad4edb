-- Strategy documents (beleidsdocumenten): a template per learning goal kept as versions, documents with their
-- sections (the working copy authors edit), and the versions an author saves explicitly. Municipalities and
-- regions are held by CBS code and name: no key crosses into registration's schema.

-- A template version is never edited: coordinators publish a new one, and a document names the one it began from.
create table template_version (
    id          bigint generated always as identity primary key,
    number      integer     not null unique check (number > 0),
    note        text,
    created_at  timestamptz not null,
    created_by  text        not null
);

create table template_section (
    template_id  bigint  not null references template_version (id),
    position     integer not null check (position >= 0),
    goal         text    not null,
    title        text    not null,
    guidance     text    not null,
    primary key (template_id, position),
    unique (template_id, goal)
);

create table document (
    id                  bigint generated always as identity primary key,
    kind                text        not null,
    title               text        not null check (length(title) between 1 and 200),
    status              text        not null,
    municipality_code   char(6)     check (municipality_code ~ '^GM[0-9]{4}$'),
    municipality_name   text,
    region              text,
    reviewer_email      text,
    adoption_body       text,
    adoption_date       date,
    adoption_reference  text,
    adopted_version     integer,
    template_id         bigint      not null references template_version (id),
    revision_of         bigint      references document (id),
    created_at          timestamptz not null,
    created_by          text        not null,
    last_activity_at    timestamptz not null,
    version             bigint      not null default 0,
    -- a municipality's own document, or a regional agreement of a region
    check ((kind = 'REGIONAL_AGREEMENT') = (region is not null and municipality_code is null)),
    check (kind = 'REGIONAL_AGREEMENT' or municipality_code is not null)
);

create index document_by_municipality on document (municipality_code);
create index document_by_region on document (region);

create table document_policy_field (
    document_id  bigint not null references document (id),
    field        text   not null,
    primary key (document_id, field)
);

-- The municipalities whose officers write a regional agreement, as the region was on its creation.
create table document_coauthor (
    document_id        bigint  not null references document (id),
    municipality_code  char(6) not null check (municipality_code ~ '^GM[0-9]{4}$'),
    municipality_name  text    not null,
    primary key (document_id, municipality_code)
);

create index document_coauthor_by_municipality on document_coauthor (municipality_code);

-- The working copy of one section: saved as the author types, guarded by its version column.
create table section (
    id                     bigint generated always as identity primary key,
    document_id            bigint      not null references document (id),
    position               integer     not null check (position >= 0),
    goal                   text,
    title                  text        not null check (length(title) between 1 and 200),
    guidance               text,
    body_html              text        not null default '',
    not_applicable         boolean     not null default false,
    not_applicable_reason  text,
    from_enrolment         boolean     not null default false,
    changed_at             timestamptz not null,
    changed_by             text        not null,
    version                bigint      not null default 0,
    check (not not_applicable or length(not_applicable_reason) > 0),
    -- reordering swaps positions within one statement batch
    unique (document_id, position) deferrable initially deferred
);

-- A version an author saved on purpose: every section as it stood, never changed afterwards.
create table document_version (
    id           bigint generated always as identity primary key,
    document_id  bigint      not null references document (id),
    number       integer     not null check (number > 0),
    note         text,
    created_at   timestamptz not null,
    created_by   text        not null,
    unique (document_id, number)
);

create table version_section (
    version_id             bigint  not null references document_version (id),
    position               integer not null,
    section_id             bigint  not null,
    goal                   text,
    title                  text    not null,
    body_html              text    not null,
    not_applicable         boolean not null,
    not_applicable_reason  text,
    changed_at             timestamptz not null,
    changed_by             text    not null,
    primary key (version_id, position)
);

-- The first template: one section per learning goal, titled with the circle's own goal texts.
insert into template_version (number, note, created_at, created_by)
values (1, 'Eerste sjabloon: de acht leerdoelen van de leerkring', now(), 'system');

insert into template_section (template_id, position, goal, title, guidance)
select id, g.position, g.goal, g.title, g.guidance
from template_version, (values
    (0, 'NUMBERS', 'De lokale en regionale aantallen arbeidsmigranten scherper in beeld',
     'Hoeveel arbeidsmigranten wonen en werken er in uw gemeente en regio, volgens welke bronnen en definities? '
     || 'Hoe groot is het verschil tussen ingeschreven (BRP, RNI) en geschat? Hoe houdt u de cijfers actueel?'),
    (1, 'FORGOTTEN_PLACES', 'De woonomstandigheden op vakantieparken en andere vergeten plekken',
     'Waar wonen arbeidsmigranten buiten het zicht: vakantieparken, bedrijfspanden, informele plekken? '
     || 'Hoe krijgt en houdt u zicht op deze plekken, en wat doet u als de omstandigheden onder de maat zijn?'),
    (2, 'ONE_VISION', 'Eén visie waarin economie, wonen, handhaving en het sociaal domein elkaar versterken',
     'Welke beleidsvelden dragen bij, en hoe versterken ze elkaar? Wie is waarvoor verantwoordelijk, '
     || 'en waar ligt de regie?'),
    (3, 'SUPPORT', 'Maatschappelijk en politiek draagvlak bij inwoners en de gemeenteraad',
     'Hoe betrekt u omwonenden, werkgevers en de raad? Welke zorgen leven er, en hoe gaat u daarmee om?'),
    (4, 'REGIONAL_COOPERATION', 'Regionale samenwerking om de verantwoordelijkheid voor huisvesting eerlijk te delen',
     'Welke afspraken (taakstelling) gelden in uw regio, en hoeveel daarvan is gerealiseerd? '
     || 'Wat is uw bijdrage, en wat vraagt u van de buurgemeenten?'),
    (5, 'LOCAL_RULES', 'Handhaafbare lokale regels voor woonkwaliteit en tegen overlast en uitbuiting',
     'Welke normen (SNF, AKF) en vergunningen hanteert u? Hoe en hoe vaak wordt er geïnspecteerd, '
     || 'en welke maatregelen volgen op een overtreding?'),
    (6, 'LOCATIONS', 'Factoren bij de keuze van locaties en woonvormen',
     'Welke woonvormen wilt u, waar en voor hoeveel mensen? Welke criteria wegen bij de keuze van een locatie?'),
    (7, 'LONG_STAY', 'Aansluitend beleid voor wie van short stay naar long stay gaat: wonen, inburgering en onderwijs',
     'Hoeveel arbeidsmigranten blijven langer dan een jaar? Wat biedt u hun op het gebied van wonen, '
     || 'inburgering, taal en onderwijs voor hun kinderen?')
) as g (position, goal, title, guidance)
where number = 1;
