-- Issue 17 (A1): 榜单批次 (calls). An operator gathers challenges of its sub-market into a call with its dates and
-- terms; publishing the call publishes its challenges. A challenge copies the call's terms when it joins (a call's
-- terms cannot change), so the evaluation and agreement read them from the challenge.
create table challenge_call (
    id                     uuid          primary key,
    title                  varchar(200)  not null,
    region_code            varchar(6)    not null,
    kinds                  text[]        not null check (cardinality(kinds) between 1 and 2),
    opens_at               timestamptz   not null,
    closes_at              timestamptz   not null,
    minimum_qualified_bids integer       not null check (minimum_qualified_bids between 1 and 20),
    support_share          numeric(7, 6) not null check (support_share > 0 and support_share <= 0.5),
    complaint_period_days  integer       not null check (complaint_period_days between 1 and 30),
    status                 varchar(20)   not null,
    created_by             varchar(200)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    published_at           timestamptz,
    version                bigint        not null,
    constraint challenge_call_dates check (opens_at < closes_at)
);

create index challenge_call_listed on challenge_call (status, region_code, opens_at desc);

alter table challenge
    add column call_id                uuid references challenge_call (id),
    add column minimum_qualified_bids integer       not null default 1 check (minimum_qualified_bids between 1 and 20),
    add column support_share          numeric(7, 6) not null default 0.200000
        check (support_share > 0 and support_share <= 0.5),
    add column complaint_period_days  integer       not null default 5 check (complaint_period_days between 1 and 30);

create index challenge_of_call on challenge (call_id, created_at) where call_id is not null;
