-- V11 fingerprinted every address the write side held; the addresses themselves go.
drop index if exists cmd_account_lookup_email_held;
drop index if exists cmd_account_lookup_skeleton;
alter table cmd_account_lookup drop column email;
alter table cmd_account_lookup drop column skeleton;
create unique index cmd_account_lookup_email_held on cmd_account_lookup (email_hash)
    where status <> 'EXPIRED' and email_hash is not null;
create index cmd_account_lookup_skeleton on cmd_account_lookup (skeleton_hash)
    where status <> 'EXPIRED' and skeleton_hash is not null;
