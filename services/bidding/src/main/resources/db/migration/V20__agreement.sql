-- 揭榜协议: the terms the counterparty (需求方 / 成果持有方) and the winner of an awarded challenge agree on, one per
-- challenge. The parties are copied from the challenge and its selected bid when the first draft is written.
create table agreement (
    id                         uuid           primary key,
    challenge_id               uuid           not null references challenge (id),
    kind                       varchar(30)    not null,
    bid_id                     uuid           not null references bid (id),
    title                      varchar(200)   not null,
    region_code                varchar(6)     not null,
    counterparty_uscc          varchar(18)    not null,
    counterparty_name          varchar(200)   not null,
    counterparty_kind          varchar(20)    not null,
    counterparty_region        varchar(6)     not null,
    counterparty_parent_uscc   varchar(18),
    winner_uscc                varchar(18)    not null,
    winner_name                varchar(200)   not null,
    winner_kind                varchar(20)    not null,
    winner_region              varchar(6)     not null,
    winner_parent_uscc         varchar(18),
    status                     varchar(20)    not null,
    contract_type              varchar(40)    not null,
    total_investment           numeric(18, 2) not null check (total_investment > 0),
    enterprise_share           numeric(18, 2) not null check (enterprise_share >= 0),
    bidder_share               numeric(18, 2) not null check (bidder_share >= 0),
    support_share              numeric(7, 6)  not null check (support_share >= 0 and support_share <= 0.5),
    province_support           numeric(18, 2) not null check (province_support >= 0),
    revision                   integer        not null check (revision >= 1),
    edited_by                  varchar(200)   not null,
    counterparty_confirmed_by  varchar(200),
    counterparty_confirmed_at  timestamptz,
    winner_confirmed_by        varchar(200),
    winner_confirmed_at        timestamptz,
    signed_at                  timestamptz,
    terminated_by              varchar(200),
    terminated_at              timestamptz,
    termination_reason         varchar(1000),
    created_at                 timestamptz    not null,
    updated_at                 timestamptz    not null,
    version                    bigint         not null,
    constraint agreement_one_per_challenge unique (challenge_id),
    constraint agreement_shares_make_the_total check (enterprise_share + bidder_share = total_investment),
    constraint agreement_signed_when_both_confirmed check (signed_at is null
        or (counterparty_confirmed_at is not null and winner_confirmed_at is not null))
);

-- the milestones of an agreement, numbered from 1 in the order they are due; their support amounts add up to the
-- agreement's province_support (checked by the service on every edit). After the signature each goes
-- PLANNED → REPORTED (the winner's report) → CHECKED (the expert opinion the operator records) → ACCEPTED (验收), or
-- is sent back (RETURNED, with the reason) and reported again; strictly one after the other.
create table agreement_milestone (
    agreement_id    uuid           not null references agreement (id),
    number          integer        not null check (number between 1 and 12),
    title           varchar(200)   not null,
    deliverables    varchar(5000)  not null,
    due_date        date           not null,
    support_amount  numeric(18, 2) not null check (support_amount >= 0),
    status          varchar(20)    not null,
    report_summary  varchar(5000),
    reported_by     varchar(200),
    reported_at     timestamptz,
    check_opinion   varchar(5000),
    checked_by      varchar(200),
    checked_at      timestamptz,
    return_reason   varchar(1000),
    returned_at     timestamptz,
    accepted_by     varchar(200),
    accepted_at     timestamptz,
    primary key (agreement_id, number)
);
