-- PDF exports' limits, shared by every instance.

-- Bucket4j's buckets: "minute:<account id>" and "day:<account id>", each a fixed window aligned to the clock's
-- minute or the UTC day; a row expires once its bucket is full again (swept by the app).
create table export_quota (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);
create index export_quota_expires on export_quota (expires_at);

-- Exports running now, one row each, for the limit on exports at once. A row holds its slot until lease_until:
-- an instance killed in the middle of an export frees its slots when their leases run out.
create table export_running (
    slot_id     uuid        primary key,
    account_id  uuid        not null,
    started_at  timestamptz not null,
    lease_until timestamptz not null
);
create index export_running_account on export_running (account_id, lease_until);

-- Finished exports, for the usage pages: ids and times only, no title or text. Kept two days; an erased account's
-- rows go with its erasure.
create table export_done (
    id          bigserial   primary key,
    account_id  uuid        not null,
    document_id uuid        not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null
);
create index export_done_started on export_done (started_at);
create index export_done_account on export_done (account_id, started_at);
