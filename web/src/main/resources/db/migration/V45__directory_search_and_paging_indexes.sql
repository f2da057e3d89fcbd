-- The admin directory at a million accounts (issue 8).
-- "Name or e-mail contains" is lower(column) LIKE '%text%': only a trigram index serves a pattern that starts with a
-- wildcard. pg_trgm ships with PostgreSQL's contrib modules (the embedded binaries and the official images have it).
create extension if not exists pg_trgm;
create index account_view_email_trgm on account_view using gin (lower(email) gin_trgm_ops);
create index account_view_name_trgm on account_view using gin (lower(display_name) gin_trgm_ops);

-- The list's order is (registered_at desc, account_id asc): with the id in the index a page is read in order and
-- stops after its rows, with no sort, however many accounts tie on the sign-up time. One index for any state, one
-- led by the state for a single-state filter.
drop index if exists account_view_registered;
create index account_view_registered on account_view (registered_at desc, account_id);
drop index if exists account_view_status_registered;
create index account_view_status_registered on account_view (status, registered_at desc, account_id);
