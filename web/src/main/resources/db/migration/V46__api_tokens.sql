-- Personal API tokens. Only the SHA-256 of each secret is kept; the public prefix finds the row.
-- Written by the command that records ApiTokenIssued/ApiTokenRevoked, in the same transaction.
create table api_token (
    token_id      uuid         primary key,
    account_id    uuid         not null,
    name          varchar(60)  not null,
    public_prefix varchar(16)  not null unique,
    secret_hash   varchar(64)  not null,
    scopes        varchar(200) not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_by_account on api_token (account_id, created_at desc);
