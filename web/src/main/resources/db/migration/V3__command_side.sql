-- The write side's own tables: password hashes (never in an event) and the lookup that answers rules
-- spanning accounts. The unique index on email is what settles two simultaneous sign-ups.

create table account_credential (
    account_id    uuid         not null primary key,
    password_hash varchar(255) not null
);

create table cmd_account_lookup (
    account_id uuid         not null primary key,
    email      varchar(255) not null unique,
    status     varchar(255) not null
);

create table cmd_account_lookup_role (
    account_id uuid         not null references cmd_account_lookup (account_id) on delete cascade,
    role       varchar(255) not null,
    primary key (account_id, role)
);
create index cmd_account_lookup_role_role on cmd_account_lookup_role (role);
