-- 技术需求: technical demands posted by enterprises, reviewed by the sub-market's operator before publication.
create table demand (
    id                   uuid           primary key,
    demander_uscc        varchar(18)    not null,
    demander_name        varchar(200)   not null,
    demander_kind        varchar(20)    not null,
    demander_region      varchar(6)     not null,
    demander_parent_uscc varchar(18),
    title                varchar(200)   not null,
    problem              varchar(5000)  not null,
    industry             varchar(64)    not null,
    budget_min           numeric(18, 2) not null check (budget_min > 0),
    budget_max           numeric(18, 2) not null,
    -- the last day (China time) on which the demand takes answers
    deadline             date           not null,
    region_code          varchar(6)     not null,
    cooperation_modes    text[]         not null check (cardinality(cooperation_modes) > 0),
    status               varchar(20)    not null
        check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'MATCHED', 'CLOSED', 'EXPIRED')),
    rejection_reason     varchar(1000),
    close_reason         varchar(500),
    reviewed_by          varchar(200),
    created_by           varchar(200)   not null,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    submitted_at         timestamptz,
    published_at         timestamptz,
    closed_at            timestamptz,
    version              bigint         not null,
    constraint demand_budget_range check (budget_min <= budget_max)
);

create index demand_published on demand (status, industry, region_code, published_at desc);
create index demand_demander on demand (demander_uscc, updated_at desc);
create index demand_review_queue on demand (status, region_code, submitted_at);
