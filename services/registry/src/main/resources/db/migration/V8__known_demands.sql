-- The market's demands (技术需求), kept from demand.demands.v1: a broker's draft may name the published demand it
-- answers (issue 18); the contract keeps it and ContractDrafted carries it, so the demand service marks it matched.
create table known_demand (
    id            uuid         primary key,
    title         varchar(200) not null,
    demander_uscc varchar(18)  not null,
    deadline      date         not null,
    region_code   varchar(6)   not null,
    published_at  timestamptz  not null,
    ended_as      varchar(10)  check (ended_as in ('CLOSED', 'EXPIRED', 'MATCHED')),
    ended_at      timestamptz,
    version       bigint       not null,
    constraint known_demand_end check ((ended_as is null) = (ended_at is null))
);

alter table contract add column demand_id uuid;
