-- 创新券 and programme budgets (issue 19): from subsidy.VoucherIssued/Redeemed/Expired and subsidy.BudgetChanged on
-- subsidy.grants.v1. Facts in generations like the others (a rebuild fills them from offset 0).

-- a voucher as it stands: issued (rank 0), then redeemed or expired (rank 1); a later event never loses to an earlier
create table voucher_fact (
    generation       integer not null,
    voucher_id       uuid not null,
    status           varchar(10) not null,
    change_rank      integer not null,
    changed_at       timestamptz not null,
    programme_code   varchar(64) not null,
    budget_year      integer not null,
    sub_market       varchar(6) not null,
    holder_uscc      varchar(18) not null,
    holder_region    varchar(6),
    face_value       numeric(18, 2) not null,
    redeemed_amount  numeric(18, 2),
    returned_amount  numeric(18, 2),
    primary key (generation, voucher_id)
);

-- a programme-year's budget (预算) and what is still available to grant; the highest version wins
create table budget_fact (
    generation      integer not null,
    programme_id    uuid not null,
    programme_code  varchar(64) not null,
    budget_year     integer not null,
    sub_market      varchar(6) not null,
    budget          numeric(18, 2) not null,
    available       numeric(18, 2) not null,
    version         bigint not null,
    changed_at      timestamptz not null,
    primary key (generation, programme_id)
);
