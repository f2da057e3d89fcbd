-- Erasure by crypto-shredding. Each subject (an account, a document) has its own key, encrypted with the
-- app's secrets key from the keys directory; erasing a person deletes their keys and lists the subjects in
-- erased_key, so that no key is made for them again.
create table personal_key (
    subject_id uuid  not null primary key,
    person_id  uuid  not null,
    keyset     bytea not null,
    created_at timestamp with time zone not null default now()
);
create index personal_key_person on personal_key (person_id);

create table erased_key (
    subject_id uuid not null primary key,
    person_id  uuid not null,
    erased_at  timestamp with time zone not null
);

-- The write side keeps keyed fingerprints of addresses, not addresses (V11 fills them, V12 drops the rest).
alter table cmd_account_lookup add column email_hash text;
alter table cmd_account_lookup add column skeleton_hash text;
alter table cmd_account_lookup add column mixed_script boolean not null default false;

-- An erased account keeps its row in the directory, without its person.
alter table account_view alter column email drop not null;
alter table account_view alter column display_name drop not null;
alter table document_view alter column title drop not null;
alter table document_view alter column body drop not null;
