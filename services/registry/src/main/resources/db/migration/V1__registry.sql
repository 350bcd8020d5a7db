-- 技术合同登记机构: the registration points that may accept and register contracts. code = city (2) + point (2),
-- positions 5 to 8 of the registration numbers a point issues.
create table registration_point (
    uscc       varchar(18)  primary key,
    name       varchar(200) not null,
    city_code  varchar(2)   not null check (city_code ~ '^(0[1-9]|1[0-4])$'),
    point_code varchar(2)   not null check (point_code ~ '^[0-9]{2}$' and point_code <> '00'),
    constraint registration_point_code unique (city_code, point_code)
);

-- 南宁市 (450100) is city 01; the 南宁市技术合同登记站 is its point 01.
insert into registration_point (uscc, name, city_code, point_code)
values ('124501004983071214', '南宁市技术合同登记站', '01', '01');

-- The running serial of registration numbers per point and registration year. The row is incremented inside the
-- registering transaction (insert ... on conflict do update ... returning), so it stays locked until commit and a
-- rolled-back registration gives its serial back: the serials are gap-free and never duplicated.
create table registration_serial (
    point_uscc  varchar(18) not null references registration_point (uscc),
    year        integer     not null check (year between 2000 and 2099),
    last_serial integer     not null check (last_serial >= 1),
    primary key (point_uscc, year)
);

-- 科技成果 published in the catalogue (read model of catalogue.results.v1): what a broker may draft a contract for.
create table known_result (
    id                 uuid          primary key,
    title              varchar(200)  not null,
    holder_uscc        varchar(18)   not null,
    holder_name        varchar(200)  not null,
    holder_kind        varchar(20)   not null,
    holder_region      varchar(6)    not null,
    holder_parent_uscc varchar(18),
    transfer_modes     text[]        not null,
    asking_price       numeric(18, 2) check (asking_price > 0),
    region_code        varchar(6)    not null,
    published_at       timestamptz   not null,
    withdrawn_at       timestamptz,
    version            bigint        not null
);

-- 技术合同 and its registration (认定登记).
create table contract (
    id                            uuid           primary key,
    title                         varchar(200)   not null,
    contract_type                 varchar(40)    not null,
    origin                        varchar(20)    not null check (origin in ('CHALLENGE_AWARD', 'BROKERED')),
    challenge_id                  uuid           unique,
    bid_id                        uuid,
    result_id                     uuid,
    seller_uscc                   varchar(18)    not null,
    seller_name                   varchar(200)   not null,
    seller_kind                   varchar(20)    not null,
    seller_region                 varchar(6)     not null,
    seller_parent_uscc            varchar(18),
    buyer_uscc                    varchar(18)    not null,
    buyer_name                    varchar(200)   not null,
    buyer_kind                    varchar(20)    not null,
    buyer_region                  varchar(6)     not null,
    buyer_parent_uscc             varchar(18),
    intermediary_uscc             varchar(18),
    intermediary_name             varchar(200),
    intermediary_kind             varchar(20),
    intermediary_region           varchar(6),
    intermediary_parent_uscc      varchar(18),
    proposed_amount               numeric(18, 2) check (proposed_amount > 0),
    total_contract_amount         numeric(18, 2) check (total_contract_amount > 0),
    non_technical_amount          numeric(18, 2) check (non_technical_amount >= 0),
    technology_transaction_amount numeric(18, 2) check (technology_transaction_amount >= 0),
    signed_on                     date,
    status                        varchar(20)    not null,
    correction_reasons            text[]         not null,
    registration_point_uscc       varchar(18)    references registration_point (uscc),
    registration_number           varchar(14)    unique check (registration_number ~ '^[0-9]{2}45[0-9]{10}$'),
    rule_set_version              varchar(64),
    created_by                    varchar(200)   not null,
    created_at                    timestamptz    not null,
    updated_at                    timestamptz    not null,
    submitted_at                  timestamptz,
    accepted_at                   timestamptz,
    registered_at                 timestamptz,
    version                       bigint         not null,
    constraint contract_parties_differ check (seller_uscc <> buyer_uscc),
    constraint contract_amounts_consistent check (technology_transaction_amount is null
        or technology_transaction_amount = total_contract_amount - non_technical_amount),
    constraint contract_registered_has_number check ((status in ('REGISTERED', 'AMENDED', 'DEREGISTERED')) = (registration_number is not null))
);

create index contract_seller on contract (seller_uscc, updated_at desc);
create index contract_buyer on contract (buyer_uscc, updated_at desc);
create index contract_intermediary on contract (intermediary_uscc, updated_at desc);
create index contract_queue on contract (status, submitted_at);

-- 非技术性款项 of a contract, in the order the seller listed them.
create table contract_non_technical_item (
    contract_id uuid           not null references contract (id),
    position    integer        not null,
    category    varchar(20)    not null,
    description varchar(200)   not null,
    amount      numeric(18, 2) not null check (amount >= 0),
    primary key (contract_id, position)
);
