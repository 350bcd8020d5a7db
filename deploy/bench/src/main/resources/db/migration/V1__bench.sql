-- The benchmark's stand-in for a service's own data. The messaging library migrates outbox and inbox itself
-- (db/techmarket-messaging, own history table).

-- The "change" each writer transaction makes next to outbox.publish: one row per ping.
create table bench_ping (
    run       varchar(60)  not null,
    sequence  bigint       not null,
    ping_id   varchar(100) not null,
    written_at timestamptz not null default now(),
    primary key (run, sequence)
);

-- The consumer's effect: one row per handled ping, written in the inbox transaction.
create table bench_ping_effect (
    event_id   uuid        primary key,
    run        varchar(60) not null,
    sequence   bigint      not null,
    handled_at timestamptz not null default now()
);
