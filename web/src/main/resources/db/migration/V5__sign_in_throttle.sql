-- Bucket4j's token buckets for failed sign-ins, shared by every instance. Keys are
-- "account:<sha-256 of the e-mail>" and "client:<sha-256 of the address>"; rows expire once full again.
create table sign_in_throttle (
    id         varchar(320) not null primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_throttle_expires on sign_in_throttle (expires_at);
