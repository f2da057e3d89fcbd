-- The audit trail is built from events alone: labels (who an account id is, what a document is called)
-- come from the audit's own tables, fed by the same events, and are joined in when the trail is read.
-- Personal data sits only in these columns, so an erasure can clear them:
--   audit_account_label.email, audit_account_label.display_name (by account_id),
--   audit_document_label.title (by sponsor_id), audit_entry.document_title, audit_entry.client_address,
--   audit_entry.session_client_address (a SessionEnded's session; its detail says where it goes).
-- The old rows held e-mails copied from the account directory; they are dropped and the trail is rebuilt
-- from the event store (the processor's token is removed so it starts again from the first event).
-- correlation_id and trace_id are Axon's MessageOriginProvider metadata: the message that caused this one,
-- and the first message of the chain. An act's events share both; what they caused in turn (the sessions a
-- suspension ended, published while handling its event) shares the trace id.

truncate table audit_entry;
delete from token_entry where processor_name = 'audit-trail';

alter table audit_entry drop column subject_label;
alter table audit_entry drop column actor_email;
alter table audit_entry add column actor_account_id   uuid;
alter table audit_entry add column related_account_id uuid;
alter table audit_entry add column other_account_id   uuid;
alter table audit_entry add column document_title     text;
alter table audit_entry add column session_client_address varchar(255);
alter table audit_entry add column correlation_id     varchar(255);
alter table audit_entry add column trace_id           varchar(255);
alter table audit_entry add column global_position    bigint;

-- Newest first, keyset-paged on (occurred_at, id); one index per filter the page offers.
drop index audit_entry_subject;
drop index audit_entry_actor;
create index audit_entry_subject     on audit_entry (subject_id, occurred_at desc, id desc);
create index audit_entry_actor       on audit_entry (actor_id, occurred_at desc, id desc);
create index audit_entry_type        on audit_entry (event_type, occurred_at desc, id desc);
create index audit_entry_correlation on audit_entry (correlation_id, occurred_at desc, id desc);
create index audit_entry_trace       on audit_entry (trace_id, occurred_at desc, id desc);

create table audit_account_label (
    account_id   uuid         not null primary key,
    email        varchar(255),
    display_name text
);
create index audit_account_label_email on audit_account_label (lower(email));

create table audit_document_label (
    document_id uuid not null primary key,
    sponsor_id  uuid,
    title       text
);
create index audit_document_label_sponsor on audit_document_label (sponsor_id);

-- Who held which role when, and in which state each account was, diffed from the account fold.
create table audit_account_fold (
    account_id    uuid         not null primary key,
    last_sequence bigint       not null,
    status        varchar(32),
    roles         varchar(255) not null
);

create table audit_role_tenure (
    account_id    uuid        not null,
    role          varchar(32) not null,
    from_sequence bigint      not null,
    held_from     timestamp with time zone not null,
    held_until    timestamp with time zone,
    primary key (account_id, role, from_sequence)
);
create index audit_role_tenure_role on audit_role_tenure (role, held_from, held_until);

create table audit_status_period (
    account_id    uuid        not null,
    from_sequence bigint      not null,
    status        varchar(32) not null,
    since         timestamp with time zone not null,
    until         timestamp with time zone,
    primary key (account_id, from_sequence)
);
