-- Confirmed e-mail, mail that is never lost, passwords, second factors and sign-in activity.

-- An address is held by every account but a lapsed (EXPIRED) sign-up, which frees it for a new one.
alter table cmd_account_lookup drop constraint cmd_account_lookup_email_key;
create unique index cmd_account_lookup_email_held on cmd_account_lookup (email) where status <> 'EXPIRED';
-- The confusable skeleton (UTS #39) of the address, filled for existing rows by V7.
alter table cmd_account_lookup add column skeleton text;
create index cmd_account_lookup_skeleton on cmd_account_lookup (skeleton) where status <> 'EXPIRED';
alter table cmd_account_lookup add column registered_at timestamp with time zone;
update cmd_account_lookup l set registered_at = v.registered_at from account_view v where v.account_id = l.account_id;
update cmd_account_lookup set registered_at = now() where registered_at is null;
alter table cmd_account_lookup alter column registered_at set not null;
create index cmd_account_lookup_unverified on cmd_account_lookup (registered_at) where status = 'UNVERIFIED';

alter table account_view drop constraint account_view_email_key;
create unique index account_view_email_held on account_view (email) where status <> 'EXPIRED';
alter table account_view add column second_factor boolean not null default false;

-- The generated first-admin password must be replaced at its first use.
alter table account_credential add column must_change boolean not null default false;

-- Single-use links (confirm an address, reset a password), by the SHA-256 of the token only.
create table account_token (
    token_hash varchar(64)              not null primary key,
    purpose    varchar(32)              not null,
    account_id uuid                     not null,
    expires_at timestamp with time zone not null
);
create index account_token_account on account_token (account_id, purpose);
create index account_token_expires on account_token (expires_at);

-- Authenticator secrets, encrypted by the application (AES-GCM, bound to the account id), and the newest
-- 30-second step whose code was used, so no code works twice.
create table second_factor (
    account_id       uuid   not null primary key,
    encrypted_secret bytea  not null,
    last_used_step   bigint not null default -1
);

-- Unused recovery codes, by their SHA-256; a used one is deleted.
create table recovery_code (
    code_hash  varchar(64) not null primary key,
    account_id uuid        not null
);
create index recovery_code_account on recovery_code (account_id);

-- A sign-in attempt with an address that matched no account has no subject.
alter table audit_entry alter column subject_id drop not null;

-- Work that must happen after a commit and must survive a crash: mail to send, sign-ups to record.
-- Rows are written in the transaction of what causes them; instances claim them with
-- SELECT ... FOR UPDATE SKIP LOCKED, so each runs once however many instances there are. A row is
-- deleted once its work is done; one that keeps failing stays, with its last error, and is retried.
create table outbox (
    id              bigserial                not null primary key,
    kind            varchar(32)              not null,
    payload         text                     not null,
    created_at      timestamp with time zone not null default now(),
    attempts        integer                  not null default 0,
    next_attempt_at timestamp with time zone not null default now(),
    last_error      text
);
create index outbox_due on outbox (next_attempt_at);

-- Sessions ended for their owner (suspended, rejected, password reset, ended from another session):
-- their next request is told why instead of meeting a bare sign-in form. Keyed by the SHA-256 of the
-- session id; kept one day.
create table ended_session (
    session_id_hash varchar(64)              not null primary key,
    account_id      uuid                     not null,
    cause           varchar(32)              not null,
    ended_at        timestamp with time zone not null default now()
);
create index ended_session_at on ended_session (ended_at);
