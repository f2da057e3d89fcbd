-- A withdrawn request (status WITHDRAWN) frees its address like a lapsed sign-up (EXPIRED): the same
-- address may sign up again, so neither may count against uniqueness.
drop index if exists cmd_account_lookup_email_held;
drop index if exists cmd_account_lookup_skeleton;
drop index if exists account_view_email_held;
create unique index cmd_account_lookup_email_held on cmd_account_lookup (email_hash)
    where status not in ('EXPIRED', 'WITHDRAWN') and email_hash is not null;
create index cmd_account_lookup_skeleton on cmd_account_lookup (skeleton_hash)
    where status not in ('EXPIRED', 'WITHDRAWN') and skeleton_hash is not null;
create unique index account_view_email_held on account_view (email) where status not in ('EXPIRED', 'WITHDRAWN');
