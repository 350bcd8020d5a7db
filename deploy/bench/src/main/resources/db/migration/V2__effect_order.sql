-- Per-aggregate order and exactly-once are checked after each phase: the effect row says which aggregate it
-- belongs to, where the consumer found the event (Kafka partition and offset) and in which order the effects were
-- written (handled_order, drawn inside the inbox transaction).
alter table bench_ping_effect add column aggregate varchar(100);
alter table bench_ping_effect add column kafka_partition integer;
alter table bench_ping_effect add column kafka_offset bigint;
alter table bench_ping_effect add column handled_order bigserial;
create index bench_ping_effect_run on bench_ping_effect (run, sequence);
