-- The admins' export limits per account (read model of ExportLimitsSet/ExportLimitsCleared, rebuilt with
-- the account directory). Null limits: cleared, the roles' defaults apply.
create table export_limit_override (
    account_id  uuid         primary key,
    per_minute  integer,
    per_day     integer,
    at_once     integer,
    reason      varchar(500),
    changed_by  varchar(64)  not null,
    changed_at  timestamptz  not null
);
