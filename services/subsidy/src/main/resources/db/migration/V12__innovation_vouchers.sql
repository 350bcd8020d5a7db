-- 创新券 (innovation vouchers), ADR 0028. A round draws on a VOUCHER programme's budget for one year: each voucher
-- issued moves its face value from BUDGET to VOUCHER (VOUCHER_ISSUE); a redemption moves it from VOUCHER to the
-- payee's PAYABLE, the unused rest back to BUDGET (VOUCHER_REDEMPTION); an expiry moves it back to BUDGET
-- (VOUCHER_EXPIRY). The money is on the ledger; these tables say who holds which voucher and why it moved.

create table voucher_round (
    id                     uuid           primary key,
    programme_code         varchar(64)    not null,
    budget_year            integer        not null,
    name                   varchar(200)   not null,
    face_value             numeric(18, 2) not null check (face_value > 0),
    -- TONGDUI 通兑: the voucher pays part of the fee to the provider; TONGYONG 通用: the enterprise is reimbursed
    mode                   varchar(10)    not null check (mode in ('TONGDUI', 'TONGYONG')),
    -- the share of the fee the voucher pays, never above the policy limit of 50 %
    fee_share              numeric(7, 6)  not null check (fee_share > 0 and fee_share <= 0.50),
    apply_from             date           not null,
    apply_to               date           not null,
    -- the last day a voucher of the round can be redeemed
    expires_on             date           not null,
    eligible_qualification varchar(40)    not null check (eligible_qualification in ('TECH_SME')),
    -- the programme's sub-market when the round was opened (450000 = all of Guangxi)
    sub_market             varchar(6)     not null check (sub_market ~ '^[0-9]{6}$'),
    opened_by              varchar(18)    not null,
    created_at             timestamptz    not null,
    version                bigint         not null,
    constraint voucher_round_programme foreign key (programme_code, budget_year)
        references programme (code, budget_year),
    constraint voucher_round_dates check (apply_from <= apply_to and apply_to <= expires_on)
);

create index voucher_round_programme_year on voucher_round (programme_code, budget_year);

create table voucher (
    id                   uuid           primary key,
    round_id             uuid           not null references voucher_round (id),
    -- the enterprise (科技型中小企业) as the directory knew it when the voucher was issued
    holder_uscc          varchar(18)    not null,
    holder_name          varchar(200)   not null,
    holder_region        varchar(6)     not null,
    -- the TECH_SME 入库编号 it was issued on
    qualification_number varchar(64)    not null,
    face_value           numeric(18, 2) not null check (face_value > 0),
    status               varchar(10)    not null check (status in ('ISSUED', 'REDEEMED', 'EXPIRED')),
    issued_at            timestamptz    not null,
    issue_entry_id       uuid           not null references journal_entry (id),
    -- 创新券服务机构 chosen by the holder (may be changed until redemption)
    provider_uscc        varchar(18),
    provider_name        varchar(200),
    provider_region      varchar(6),
    provider_chosen_at   timestamptz,
    -- redemption: the registered technical contract between provider (seller) and holder (buyer), the fee paid
    registration_number  varchar(16),
    contract_id          uuid,
    fee                  numeric(18, 2) check (fee > 0),
    paid_on              date,
    payment_reference    varchar(100),
    redeemed_amount      numeric(18, 2) check (redeemed_amount > 0),
    returned_amount      numeric(18, 2) check (returned_amount >= 0),
    payee_uscc           varchar(18),
    redemption_entry_id  uuid references journal_entry (id),
    redeemed_at          timestamptz,
    redeemed_by          varchar(64),
    expired_at           timestamptz,
    expiry_entry_id      uuid references journal_entry (id),
    created_at           timestamptz    not null,
    version              bigint         not null,
    constraint voucher_one_per_holder_and_round unique (round_id, holder_uscc),
    constraint voucher_redemption_complete check ((status = 'REDEEMED') = (redemption_entry_id is not null
        and registration_number is not null and fee is not null and paid_on is not null
        and redeemed_amount is not null and returned_amount is not null and payee_uscc is not null
        and redeemed_at is not null)),
    constraint voucher_redemption_adds_up check (status <> 'REDEEMED' or redeemed_amount + returned_amount = face_value),
    constraint voucher_expiry_complete check ((status = 'EXPIRED') = (expiry_entry_id is not null
        and expired_at is not null)),
    constraint voucher_provider_complete check ((provider_uscc is null) = (provider_name is null)
        and (provider_uscc is null) = (provider_chosen_at is null))
);

create index voucher_holder on voucher (holder_uscc, issued_at desc);
create index voucher_provider_queue on voucher (provider_uscc, issued_at) where status = 'ISSUED';
create index voucher_expiring on voucher (round_id) where status = 'ISSUED';
-- one contract pays one voucher: a second redemption with the same contract is refused
create unique index voucher_contract_used on voucher (registration_number) where status = 'REDEEMED';
