-- Issue 17 (A1): 成果转化类 challenges. Results are known only from the catalogue's events (event-carried state);
-- a challenge states either a demand (技术攻关类, counterparty the demander) or a result (成果转化类, counterparty
-- the holder, who may be anywhere; the challenge belongs to the sub-market its operator names).
create table known_result (
    id                 uuid          primary key,
    title              varchar(200)  not null,
    summary            varchar(5000) not null,
    industry           varchar(64)   not null,
    region_code        varchar(6)    not null,
    holder_uscc        varchar(18)   not null,
    holder_name        varchar(200)  not null,
    holder_kind        varchar(20)   not null,
    holder_region      varchar(6)    not null,
    holder_parent_uscc varchar(18),
    published_at       timestamptz   not null,
    withdrawn_at       timestamptz,
    received_at        timestamptz   not null,
    version            bigint        not null
);

create index known_result_holder on known_result (holder_uscc);

alter table challenge
    alter column demand_id drop not null,
    alter column demander_uscc drop not null,
    alter column demander_name drop not null,
    alter column demander_kind drop not null,
    alter column demander_region drop not null,
    add column result_id          uuid references known_result (id),
    add column holder_uscc        varchar(18),
    add column holder_name        varchar(200),
    add column holder_kind        varchar(20),
    add column holder_region      varchar(6),
    add column holder_parent_uscc varchar(18),
    add constraint challenge_subject check (
        (kind = 'TECHNOLOGY_BREAKTHROUGH' and demand_id is not null and demander_uscc is not null
            and result_id is null and holder_uscc is null)
        or (kind = 'RESULT_TRANSFORMATION' and result_id is not null and holder_uscc is not null
            and demand_id is null and demander_uscc is null));

-- one live challenge per result, as per demand
create unique index challenge_result_live on challenge (result_id) where status <> 'CANCELLED' and result_id is not null;
create index challenge_holder on challenge (holder_uscc, published_at desc) where published_at is not null;
