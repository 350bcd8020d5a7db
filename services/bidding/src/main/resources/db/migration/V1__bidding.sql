-- Demands as the demand service published them (event-carried state): the only way this service knows a demand.
create table known_demand (
    id                  uuid           primary key,
    title               varchar(200)   not null,
    problem             varchar(5000)  not null,
    industry            varchar(64)    not null,
    region_code         varchar(6)     not null,
    budget_min          numeric(18, 2) check (budget_min >= 0),
    budget_max          numeric(18, 2) check (budget_max >= 0),
    deadline            date           not null,
    cooperation_modes   text[]         not null,
    demander_uscc       varchar(18)    not null,
    demander_name       varchar(200)   not null,
    demander_kind       varchar(20)    not null,
    demander_region     varchar(6)     not null,
    demander_parent_uscc varchar(18),
    published_at        timestamptz    not null,
    received_at         timestamptz    not null,
    version             bigint         not null,
    constraint known_demand_budget_range check (budget_min is null or budget_max is null or budget_min <= budget_max)
);

create index known_demand_region on known_demand (region_code, published_at desc);

-- 揭榜挂帅 challenges. The demander is copied from the demand when the challenge is created, so a later demand
-- event cannot change who may not bid on (or who awards) an existing challenge.
create table challenge (
    id                   uuid          primary key,
    kind                 varchar(30)   not null,
    demand_id            uuid          not null references known_demand (id),
    title                varchar(200)  not null,
    region_code          varchar(6)    not null,
    demander_uscc        varchar(18)   not null,
    demander_name        varchar(200)  not null,
    demander_kind        varchar(20)   not null,
    demander_region      varchar(6)    not null,
    demander_parent_uscc varchar(18),
    deadline             timestamptz   not null,
    status               varchar(20)   not null,
    awarded_bid_id       uuid,
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    published_at         timestamptz,
    closed_at            timestamptz,
    awarded_at           timestamptz,
    version              bigint        not null,
    constraint challenge_deadline_after_publication check (published_at is null or deadline > published_at)
);

-- one live challenge per demand
create unique index challenge_demand_live on challenge (demand_id) where status <> 'CANCELLED';
create index challenge_listed on challenge (status, region_code, published_at desc);

-- 揭榜方案: sealed until the challenge's deadline. The bidder organisation is recorded as the token named it.
create table bid (
    id                 uuid           primary key,
    challenge_id       uuid           not null references challenge (id),
    bidder_uscc        varchar(18)    not null,
    bidder_name        varchar(200)   not null,
    bidder_kind        varchar(20)    not null,
    bidder_region      varchar(6)     not null,
    bidder_parent_uscc varchar(18),
    submitted_by       varchar(200)   not null,
    price              numeric(18, 2) not null check (price > 0),
    plan_summary       varchar(2000)  not null,
    duration_months    integer        not null check (duration_months between 1 and 120),
    status             varchar(20)    not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    submitted_at       timestamptz,
    decided_at         timestamptz,
    version            bigint         not null,
    -- one bid per organisation per challenge
    constraint bid_one_per_bidder unique (challenge_id, bidder_uscc)
);

create index bid_bidder on bid (bidder_uscc, created_at desc);

alter table challenge add constraint challenge_awarded_bid foreign key (awarded_bid_id) references bid (id);
