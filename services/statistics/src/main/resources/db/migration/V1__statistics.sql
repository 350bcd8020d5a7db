-- 统计分析: the facts the figures are computed from, one row per aggregate of the services' events, in generations.
-- The live generation answers every figure; a rebuild replays every topic from offset 0 into the next generation and
-- makes it live when it has caught up (see Rebuilds). Each fact keeps the time of the event it last took
-- (changed_at, and change_rank for two events of the same instant: a registration before its amendment before its
-- 注销) and takes no older one, so an event applied twice, or late, never moves a fact back.

create table generation (
    generation     integer primary key,
    state          varchar(10) not null check (state in ('LIVE', 'BUILDING', 'RETIRED', 'FAILED')),
    requested_by   varchar(200),
    started_at     timestamptz not null,
    finished_at    timestamptz,
    events_read    bigint not null default 0,
    events_skipped bigint not null default 0,
    error          varchar(2000)
);
create unique index generation_one_live on generation (state) where state = 'LIVE';
create unique index generation_one_building on generation (state) where state = 'BUILDING';
insert into generation (generation, state, started_at, finished_at) values (1, 'LIVE', now(), now());

-- 技术合同: registered (and amended) contracts; a deregistered one (注销) stays, marked, and counts no more.
create table contract_fact (
    generation           integer not null,
    contract_id          uuid not null,
    status               varchar(12) not null check (status in ('REGISTERED', 'DEREGISTERED')),
    changed_at           timestamptz not null,
    change_rank          integer not null,
    registration_number  varchar(16) not null,
    title                varchar(200) not null,
    contract_type        varchar(40) not null,
    category             varchar(20) not null,
    registered_on        date,
    seller_uscc          varchar(18),
    seller_name          varchar(200) not null,
    seller_kind          varchar(20) not null,
    seller_region        varchar(6),
    seller_country       varchar(2) not null,
    buyer_uscc           varchar(18),
    buyer_name           varchar(200) not null,
    buyer_kind           varchar(20) not null,
    buyer_region         varchar(6),
    buyer_country        varchar(2) not null,
    intermediary_uscc    varchar(18),
    intermediary_name    varchar(200),
    intermediary_region  varchar(6),
    point_uscc           varchar(18) not null,
    point_name           varchar(200) not null,
    point_code           varchar(4) not null,
    total_amount         numeric(18, 2),
    non_technical_amount numeric(18, 2),
    technology_amount    numeric(18, 2),
    scope                varchar(16) not null check (scope in ('IN_PROVINCE', 'OUT_OF_PROVINCE', 'CROSS_BORDER')),
    primary key (generation, contract_id)
);
create index contract_fact_registered on contract_fact (generation, registered_on) where status = 'REGISTERED';

-- 科技成果 and 技术需求 as published and ended.
create table listing_fact (
    generation         integer not null,
    listing_id         uuid not null,
    kind               varchar(6) not null check (kind in ('RESULT', 'DEMAND')),
    status             varchar(10) not null check (status in ('PUBLISHED', 'WITHDRAWN', 'MATCHED', 'CLOSED', 'EXPIRED')),
    changed_at         timestamptz not null,
    change_rank        integer not null,
    region             varchar(6),
    industry           varchar(60),
    owner_uscc         varchar(18),
    owner_kind         varchar(20),
    first_published_at timestamptz,
    published_at       timestamptz,
    matched_at         timestamptz,
    ended_at           timestamptz,
    primary key (generation, listing_id)
);

-- 揭榜挂帅 challenges.
create table challenge_fact (
    generation    integer not null,
    challenge_id  uuid not null,
    kind          varchar(30) not null,
    status        varchar(10) not null check (status in ('PUBLISHED', 'AWARDED', 'FAILED', 'CANCELLED')),
    changed_at    timestamptz not null,
    change_rank   integer not null,
    region        varchar(6),
    published_at  timestamptz,
    awarded_at    timestamptz,
    ended_at      timestamptz,
    price         numeric(18, 2),
    primary key (generation, challenge_id)
);

-- 补助: grants (核准), claims decided (申领), payments (拨付), each with its beneficiary's region.
create table grant_fact (
    generation          integer not null,
    entitlement_id      uuid not null,
    programme_code      varchar(64) not null,
    budget_year         integer not null,
    beneficiary_uscc    varchar(18),
    beneficiary_region  varchar(6),
    amount              numeric(18, 2) not null,
    granted_at          timestamptz not null,
    primary key (generation, entitlement_id)
);

create table claim_fact (
    generation          integer not null,
    claim_id            uuid not null,
    programme_code      varchar(64) not null,
    budget_year         integer not null,
    beneficiary_uscc    varchar(18) not null,
    beneficiary_region  varchar(6),
    decision            varchar(10) not null,
    amount              numeric(18, 2),
    changed_at          timestamptz not null,
    primary key (generation, claim_id)
);

create table payment_fact (
    generation       integer not null,
    payee_reference  varchar(40) not null,
    payment_batch_id uuid not null,
    programme_code   varchar(64) not null,
    budget_year      integer not null,
    payee_uscc       varchar(18) not null,
    payee_region     varchar(6),
    gross_amount     numeric(18, 2) not null,
    offset_amount    numeric(18, 2) not null,
    net_amount       numeric(18, 2) not null,
    paid_on          date not null,
    primary key (generation, payee_reference)
);

-- 目标: what a sub-market aims at in a year (技术合同成交额), set by the province; not a fact of the events, so not
-- rebuilt. Seeded with the targets the policy documents name: the province's 技术市场成交合同金额 1,200亿元 in 2025
-- (广西科技创新“十四五”规划, seed 003) and 百色's 技术合同成交额 20亿元 in 2022 (百科字〔2022〕6号, seed 002).
create table target (
    region     varchar(6) not null,
    year       integer not null check (year between 2000 and 2100),
    amount     numeric(18, 2) not null check (amount > 0),
    source     varchar(500),
    set_by     varchar(200) not null,
    set_at     timestamptz not null,
    primary key (region, year)
);
insert into target (region, year, amount, source, set_by, set_at) values
    ('450000', 2025, 120000000000.00, '广西科技创新“十四五”规划：2025年技术市场成交合同金额1200亿元', 'policy', now()),
    ('451000', 2022, 2000000000.00, '百科字〔2022〕6号：2022年技术合同成交额总额20亿元以上', 'policy', now());
