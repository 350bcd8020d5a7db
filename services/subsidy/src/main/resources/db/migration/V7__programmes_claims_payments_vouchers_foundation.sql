-- Issue 16: subsidies from entitlement to money paid. The common ground the programme, claim, payment and voucher
-- parts build on: the programme's further settings, the new kinds of rule, account and entry, entitlements that are
-- ceilings to claim against or that rest on something other than a contract, and what each beneficiary was granted
-- per programme and year (for the yearly cap).

-- 补助项目: every kind of rule the engine knows. Contract-based (basis: the registered 技术交易额), qualification-based
-- (高企 recognition: a fixed amount, a smaller one on re-recognition), expense-based (R&D expense × rate), 揭榜
-- support (the province's share of a challenge's R&D investment) and 创新券 rounds drawing on the budget.
alter table programme drop constraint programme_rule_check;
alter table programme add constraint programme_rule check (rule in ('BUYER_POST_SUBSIDY', 'INTERMEDIARY',
    'REGISTRATION_BODY', 'HIGH_TECH_RECOGNITION', 'RD_EXPENSE', 'CHALLENGE_SUPPORT', 'VOUCHER'));
alter table programme alter column rate drop not null;
alter table programme drop constraint programme_rate_check;
-- "最高50%" (桂政发〔2018〕51号) is the policy's limit for the post-subsidy; no programme of the seeds pays more than
-- half of its basis, so it bounds every rate.
alter table programme add constraint programme_rate check (rate is null or (rate > 0 and rate <= 0.50));
alter table programme add constraint programme_rate_needed
    check ((rate is not null) = (rule in ('BUYER_POST_SUBSIDY', 'INTERMEDIARY', 'REGISTRATION_BODY', 'RD_EXPENSE',
                                          'CHALLENGE_SUPPORT')));
alter table programme
    -- the sub-market that runs it and whose organisations it serves: 450000 the province, 451000 百色 (4510xx) …
    add column sub_market               varchar(6)     not null default '450000' check (sub_market ~ '^45[0-9]{4}$'),
    -- AUTOMATIC 免申即享 (granted without a claim) | CLAIM 需申报 (the entitlement is a ceiling claimed on evidence)
    add column grant_mode               varchar(20)    not null default 'AUTOMATIC'
        check (grant_mode in ('AUTOMATIC', 'CLAIM')),
    -- SUB_MARKET: the programme's sub-market verifies and approves; CITY_THEN_PROVINCE: 市级初审, 省级复核
    add column approval                 varchar(30)    not null default 'SUB_MARKET'
        check (approval in ('SUB_MARKET', 'CITY_THEN_PROVINCE')),
    add column per_beneficiary_year_cap numeric(18, 2) check (per_beneficiary_year_cap > 0),
    add column minimum_amount           numeric(18, 2) check (minimum_amount > 0),
    add column fixed_amount             numeric(18, 2) check (fixed_amount > 0),
    add column renewal_amount           numeric(18, 2) check (renewal_amount > 0),
    -- the first day these settings apply (null: from the start of the budget year)
    add column effective_from           date,
    add column status                   varchar(20)    not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    add column closed_at                timestamptz,
    add constraint programme_closed check ((status = 'CLOSED') = (closed_at is not null)),
    add constraint programme_recognition_amount check (rule <> 'HIGH_TECH_RECOGNITION' or fixed_amount is not null);

-- 台账: the accounts money goes through after a grant, and the entries that move it.
--   BANK:<programme>:<year>        拨付: what was paid out of the programme-year (credit)
--   RECEIVABLE:<programme>:<uscc>  应收追回款: paid, then taken back by a change of the registration (debit)
--   VOUCHER:<programme>:<year>     已发放未兑付的创新券 (credit)
alter table ledger_account drop constraint ledger_account_kind_check;
alter table ledger_account add constraint ledger_account_kind
    check (kind in ('APPROPRIATION', 'BUDGET', 'PAYABLE', 'BANK', 'RECEIVABLE', 'VOUCHER'));
alter table ledger_account drop constraint ledger_account_shape;
alter table ledger_account add constraint ledger_account_shape check (
    (kind in ('APPROPRIATION', 'BUDGET', 'BANK', 'VOUCHER') and budget_year is not null and owner_uscc is null)
    or (kind in ('PAYABLE', 'RECEIVABLE') and owner_uscc is not null and budget_year is null));

alter table journal_entry drop constraint journal_entry_kind_check;
alter table journal_entry add constraint journal_entry_kind check (kind in ('ALLOCATION', 'GRANT', 'REVERSAL',
    'PAYMENT', 'RECEIVABLE_RAISED', 'REPAYMENT', 'VOUCHER_ISSUE', 'VOUCHER_REDEMPTION', 'VOUCHER_EXPIRY'));
-- what an entry is for: an entitlement, a claim, a payment batch, a receivable, a voucher (null for allocations)
alter table journal_entry
    add column source_type varchar(30) check (source_type ~ '^[A-Z][A-Z_]*$'),
    add column source_id   uuid,
    add constraint journal_entry_source check ((source_type is null) = (source_id is null));
-- a journal entry is immutable, but these two columns are new: fill them for the entries of entitlements
alter table journal_entry disable trigger journal_entry_immutable;
update journal_entry set source_type = 'ENTITLEMENT', source_id = entitlement_id where entitlement_id is not null;
alter table journal_entry enable trigger journal_entry_immutable;
create index journal_entry_source on journal_entry (source_type, source_id);
create index journal_entry_posted on journal_entry (posted_at);

-- 应享补助: in a programme that needs a claim, the entitlement is the ceiling (CLAIMABLE): nothing is posted for it;
-- each approved claim posts its own grant. An entitlement may rest on something other than a registered contract:
-- a qualification (高企 recognition), declared expenses, a challenge.
alter table entitlement drop constraint entitlement_status;
alter table entitlement add constraint entitlement_status
    check (status in ('GRANTED', 'WAITING_FOR_BUDGET', 'REVERSED', 'WITHDRAWN', 'CLAIMABLE'));
alter table entitlement drop constraint entitlement_posting;
-- granted: its entry is posted; waiting, claimable or withdrawn: nothing posted for it; reversed: its own entry
-- reversed (免申即享), or, in a claim programme, the claims' grants reversed (the claims hold those entries)
alter table entitlement add constraint entitlement_posting
    check ((status <> 'GRANTED' or journal_entry_id is not null)
           and (status not in ('WAITING_FOR_BUDGET', 'WITHDRAWN', 'CLAIMABLE') or journal_entry_id is null));
alter table entitlement
    add column subject_type      varchar(20) not null default 'CONTRACT'
        check (subject_type in ('CONTRACT', 'QUALIFICATION', 'EXPENSE', 'CHALLENGE')),
    add column subject_id        uuid,
    add column subject_reference varchar(64),
    -- Explanation (programme.Explanation) as JSON: every rule, fact (with its source), arithmetic and cap
    add column explanation       jsonb;
update entitlement set subject_id = contract_id, subject_reference = registration_number;
alter table entitlement alter column subject_id set not null;
alter table entitlement alter column subject_reference set not null;
alter table entitlement alter column contract_id drop not null;
alter table entitlement alter column registration_number drop not null;
alter table entitlement alter column contract_title drop not null;
alter table entitlement alter column contract_type drop not null;
alter table entitlement add constraint entitlement_contract_subject
    check ((subject_type = 'CONTRACT') = (contract_id is not null)
           and (subject_type <> 'CONTRACT' or (registration_number is not null and contract_title is not null
                                               and contract_type is not null)));
alter table entitlement add constraint entitlement_once_per_subject
    unique (subject_type, subject_id, programme_code, amendment_number);
create index entitlement_subject on entitlement (subject_type, subject_id);

alter table ineligibility add column explanation jsonb;

-- 受益单位年度累计: what one programme granted one beneficiary in one budget year, net of reversals; the lock row of
-- the per-beneficiary yearly cap (SELECT … FOR UPDATE under the budget's lock).
create table beneficiary_year (
    programme_code   varchar(64)    not null,
    budget_year      integer        not null,
    beneficiary_uscc varchar(18)    not null,
    granted          numeric(18, 2) not null check (granted >= 0),
    updated_at       timestamptz    not null,
    primary key (programme_code, budget_year, beneficiary_uscc),
    constraint beneficiary_year_programme foreign key (programme_code, budget_year)
        references programme (code, budget_year)
);
insert into beneficiary_year (programme_code, budget_year, beneficiary_uscc, granted, updated_at)
select programme_code, budget_year, beneficiary_uscc, sum(amount), now()
  from entitlement where status = 'GRANTED'
 group by programme_code, budget_year, beneficiary_uscc;

-- The registration as subsidy last heard it (ContractRegistered, or an amendment's registered facts): what a
-- programme opened later for its year assesses, and what a voucher's redemption checks its contract against.
alter table contract_registration
    add column registered          jsonb,
    add column registration_number varchar(16),
    add column registered_at       timestamptz;
create index contract_registration_number on contract_registration (registration_number);
create index contract_registration_year on contract_registration (registered_at);
