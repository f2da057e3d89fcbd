-- Projections: rebuilt from the event store at will. account_view is read at sign-in and, by primary
-- key, on every request.

create table account_view (
    account_id        uuid         not null primary key,
    email             varchar(255) not null unique,
    display_name      text         not null,
    organization      text,
    requested_role    varchar(255) not null,
    status            varchar(255) not null,
    registered_at     timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    status_reason     text
);
create index account_view_status_registered on account_view (status, registered_at);
create index account_view_registered on account_view (registered_at desc);

create table account_view_role (
    account_id uuid         not null references account_view (account_id) on delete cascade,
    role       varchar(255) not null,
    primary key (account_id, role)
);
create index account_view_role_role on account_view_role (role);

create table audit_entry (
    id             bigserial    not null primary key,
    event_id       varchar(255) not null unique,
    subject_type   varchar(255) not null,
    subject_id     uuid         not null,
    subject_label  text,
    event_type     varchar(255) not null,
    action         varchar(255) not null,
    detail         text,
    actor_id       varchar(255) not null,
    actor_email    varchar(255),
    reason         text,
    client_address varchar(255),
    occurred_at    timestamp with time zone not null
);
create index audit_entry_occurred on audit_entry (occurred_at desc, id desc);
create index audit_entry_subject on audit_entry (subject_id, occurred_at);
create index audit_entry_actor on audit_entry (actor_id);

create table document_view (
    document_id uuid not null primary key,
    sponsor_id  uuid not null,
    editor_id   uuid not null,
    title       text not null,
    body        text not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index document_view_sponsor on document_view (sponsor_id, updated_at desc);
create index document_view_editor on document_view (editor_id, updated_at desc);
