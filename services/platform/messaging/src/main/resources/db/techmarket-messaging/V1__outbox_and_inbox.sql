-- The transactional outbox and the idempotent inbox of one service (in the service's own database).
-- Versioned separately from the service's migrations (history table messaging_schema_history).

-- Columns id, aggregatetype, aggregateid, type and payload follow Debezium's outbox event router, so a cluster
-- can replace the relay with CDC without touching service code (docs/adr/0005-outbox-relay.md).
create table outbox (
    id             uuid         primary key,               -- CloudEvents id, the consumers' de-duplication key
    aggregatetype  varchar(100) not null,                  -- e.g. Contract
    aggregateid    varchar(100) not null,                  -- CloudEvents subject and Kafka key
    type           varchar(150) not null,                  -- e.g. registry.ContractRegistered.v1
    payload        jsonb        not null,
    topic          varchar(200) not null,                  -- e.g. registry.contracts.v1
    source         varchar(200) not null,                  -- e.g. /techmarket/registry
    occurred_at    timestamptz  not null,                  -- CloudEvents time
    correlation_id uuid         not null,
    causation_id   uuid,
    seq            bigserial    not null unique,           -- order of commits per aggregate (see Outbox.publish)
    bucket         smallint     not null check (bucket between 0 and 15),
    published_at   timestamptz
);

create index outbox_unpublished on outbox (bucket, seq) where published_at is null;
create index outbox_published on outbox (published_at) where published_at is not null;

-- Wake the relay at commit time (NOTIFY is delivered on commit, and folded into one per transaction).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('techmarket_outbox', '');
    return null;
end
$$;

create trigger outbox_notify after insert on outbox for each statement execute function outbox_notify();

create table inbox (
    consumer     varchar(100) not null,                    -- the handler, e.g. subsidy.entitlements
    event_id     uuid         not null,
    type         varchar(150) not null,
    topic        varchar(200),
    kafka_partition integer,
    kafka_offset bigint,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
