-- More contact persons of one enrolment, beside the first (enrolment.contact_name and contact_email), in the order
-- the municipality gave them.
create table enrolment_contact (
    enrolment_id bigint  not null references enrolment (id) on delete cascade,
    position     integer not null check (position >= 0),
    name         text    not null,
    email        text    not null,
    primary key (enrolment_id, position)
);
