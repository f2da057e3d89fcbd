-- Tamper evidence for the event store: a hash chain over domain_event_entry in global order, written by the
-- sealer (io.gatehouse.web.record) after events are committed. Nothing here is ever updated except the
-- sealer's own state row; the chain is checked by /audit/integrity and exported by /audit/export.

-- One row per sealed event: the hash of its stored columns and its link,
-- SHA-256(link of the previous sealed event || row_hash). Positions that stayed empty for good have no row.
create table event_chain (
    global_index bigint primary key,
    row_hash     bytea  not null,
    link         bytea  not null
);

-- Every so often the chain's head, signed with the record's Ed25519 key (key_id: its fingerprint).
create table event_chain_checkpoint (
    global_index bigint       primary key,
    event_count  bigint       not null,
    link         bytea        not null,
    sealed_at    timestamptz  not null,
    key_id       varchar(64)  not null,
    signature    bytea        not null
);

-- The sealer's progress (one row, locked while a sealer works, so one instance seals at a time).
-- gap_*: a missing position seen below committed rows, and the transactions that were running when it was
-- first seen; once none of them runs any more, the position is empty for good.
create table event_chain_state (
    id                      smallint    primary key check (id = 1),
    sealed_through          bigint      not null,
    last_link               bytea       not null,
    event_count             bigint      not null,
    since_checkpoint        integer     not null,
    last_checkpoint_at      timestamptz,
    gap_at                  bigint,
    gap_until               bigint,
    gap_waits_for           text[]
);
insert into event_chain_state (id, sealed_through, last_link, event_count, since_checkpoint)
values (1, 0, decode(repeat('00', 32), 'hex'), 0, 0);
