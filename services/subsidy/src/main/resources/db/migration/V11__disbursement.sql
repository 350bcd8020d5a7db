-- 拨付 (disbursement), 追回 (recovery) and the reports on them (ADR 0027). Every amount here mirrors the ledger: a row
-- says what an entry was for and where a payment stands; the ledger (journal_line, account_balance) stays the record
-- of money.

-- 应付事项: one grant of money to a beneficiary (a GRANT entry, a voucher redemption), as GrantPosted announced it,
-- until it is paid or dropped. One per source (an entitlement, a claim, a voucher), whatever is heard twice.
create table payable_item (
    id                uuid           primary key,
    programme_code    varchar(64)    not null,
    budget_year       integer        not null check (budget_year between 2000 and 2100),
    beneficiary_uscc  varchar(18)    not null,
    source_type       varchar(20)    not null check (source_type in ('ENTITLEMENT', 'CLAIM', 'VOUCHER')),
    source_id         uuid           not null,
    grant_entry_id    uuid           not null references journal_entry (id),
    amount            numeric(18, 2) not null check (amount > 0),
    description       varchar(1000)  not null,
    -- UNPAID: waits for a batch; IN_BATCH: gathered, not yet paid; PAID: paid with its batch; DROPPED: reversed
    -- before it was paid (nothing to pay any more)
    status            varchar(20)    not null check (status in ('UNPAID', 'IN_BATCH', 'PAID', 'DROPPED')),
    batch_id          uuid,
    posted_at         timestamptz    not null,
    created_at        timestamptz    not null,
    paid_at           timestamptz,
    -- the grant's reversal: drops an unpaid item, raises a receivable for a paid one
    reversal_entry_id uuid           references journal_entry (id),
    reversed_at       timestamptz,
    reversal_reason   varchar(1000),
    version           bigint         not null,
    constraint payable_item_once_per_source unique (source_type, source_id),
    constraint payable_item_batch check ((status in ('IN_BATCH', 'PAID')) = (batch_id is not null)),
    constraint payable_item_dropped check ((status = 'DROPPED') <= (reversal_entry_id is not null))
);

create index payable_item_gather on payable_item (programme_code, budget_year, status, posted_at);
create index payable_item_beneficiary on payable_item (beneficiary_uscc, posted_at);
create index payable_item_batch on payable_item (batch_id);

create sequence payment_batch_number;

-- 拨付批次: the unpaid items of one programme-year gathered for one payment run, approved, exported, paid.
create table payment_batch (
    id                    uuid           primary key,
    -- BF<year><6 digits>, printed on the payment file and in each payee's reference
    number                varchar(20)    not null unique check (number ~ '^BF[0-9]{10}$'),
    programme_code        varchar(64)    not null,
    budget_year           integer        not null check (budget_year between 2000 and 2100),
    status                varchar(20)    not null check (status in ('DRAFT', 'APPROVED', 'PAID')),
    -- what the bank pays (the sum of the payees' net amounts)
    total                 numeric(18, 2) not null check (total >= 0),
    created_at            timestamptz    not null,
    created_by            varchar(200)   not null,
    approved_at           timestamptz,
    approved_by           varchar(200),
    -- why a batch approved before must be approved again (a grant in it was reversed)
    reapproval_reason     varchar(1000),
    paid_at               timestamptz,
    paid_by               varchar(200),
    paid_on               date,
    payment_reference     varchar(100),
    version               bigint         not null,
    constraint payment_batch_approved check ((status = 'DRAFT') or approved_at is not null),
    constraint payment_batch_paid check ((status = 'PAID') = (paid_at is not null and paid_on is not null
        and payment_reference is not null))
);

create index payment_batch_programme on payment_batch (programme_code, budget_year, created_at desc);

-- One payee of a batch: its items' sum (gross), what is set off against what it owes back (offset), what the bank
-- pays (net), and the verified account the directory gave when the batch was gathered.
create table payment_batch_payee (
    id               uuid           primary key,
    batch_id         uuid           not null references payment_batch (id),
    payee_uscc       varchar(18)    not null,
    line_no          integer        not null check (line_no > 0),
    payee_name       varchar(200)   not null,
    bank_name        varchar(100),
    account_number   varchar(32),
    account_name     varchar(200),
    gross            numeric(18, 2) not null check (gross > 0),
    offset_amount    numeric(18, 2) not null check (offset_amount >= 0 and offset_amount <= gross),
    net              numeric(18, 2) not null check (net = gross - offset_amount),
    reference        varchar(40)    not null,
    payment_entry_id uuid           references journal_entry (id),
    constraint payment_batch_payee_once unique (batch_id, payee_uscc),
    constraint payment_batch_payee_account check (net = 0 or account_number is not null)
);

-- A payee left out of a batch when it was gathered, and why (no verified bank account in the directory).
create table payment_batch_held (
    id         uuid           primary key,
    batch_id   uuid           not null references payment_batch (id),
    payee_uscc varchar(18)    not null,
    amount     numeric(18, 2) not null check (amount > 0),
    items      integer        not null check (items > 0),
    reason     varchar(40)    not null,
    constraint payment_batch_held_once unique (batch_id, payee_uscc)
);

-- 应收追回款: the paid part of a grant reversed after payment, owed back by the beneficiary until repaid or set off
-- against its next payment in the same programme.
create table receivable (
    id               uuid           primary key,
    programme_code   varchar(64)    not null,
    budget_year      integer        not null check (budget_year between 2000 and 2100),
    beneficiary_uscc varchar(18)    not null,
    beneficiary_region varchar(6)   not null,
    payable_item_id  uuid           not null unique references payable_item (id),
    amount           numeric(18, 2) not null check (amount > 0),
    outstanding      numeric(18, 2) not null check (outstanding >= 0 and outstanding <= amount),
    -- set aside for an offset in a batch gathered but not yet paid
    reserved         numeric(18, 2) not null check (reserved >= 0 and reserved <= outstanding),
    reason           varchar(1000)  not null,
    raised_entry_id  uuid           not null references journal_entry (id),
    status           varchar(20)    not null check (status in ('OPEN', 'SETTLED')),
    created_at       timestamptz    not null,
    settled_at       timestamptz,
    version          bigint         not null,
    constraint receivable_settled check ((status = 'SETTLED') = (outstanding = 0))
);

create index receivable_beneficiary on receivable (programme_code, beneficiary_uscc, status, created_at);
create index receivable_region on receivable (beneficiary_region, created_at desc);

-- How a receivable came back: repaid to the programme's bank account, or set off in a payment batch.
create table receivable_settlement (
    id            uuid           primary key,
    receivable_id uuid           not null references receivable (id),
    kind          varchar(20)    not null check (kind in ('REPAYMENT', 'OFFSET')),
    amount        numeric(18, 2) not null check (amount > 0),
    entry_id      uuid           not null references journal_entry (id),
    batch_id      uuid           references payment_batch (id),
    reference     varchar(100)   not null,
    settled_on    date           not null,
    recorded_at   timestamptz    not null,
    recorded_by   varchar(200)   not null,
    constraint receivable_settlement_offset check ((kind = 'OFFSET') = (batch_id is not null))
);

create index receivable_settlement_receivable on receivable_settlement (receivable_id);

-- Reports read a month or a year of lines by when the entry was posted (V7 indexes posted_at), a statement in the order
-- entries were posted (two entries of one transaction share their posted_at: a reversal and the receivable it raises).
alter table journal_entry add column posting_order bigserial not null;
create index ledger_account_owner on ledger_account (owner_uscc) where owner_uscc is not null;

-- Grants posted before disbursement existed are owed as they stand: each entitlement GRANTED now is an unpaid item.
insert into payable_item (id, programme_code, budget_year, beneficiary_uscc, source_type, source_id, grant_entry_id,
                          amount, description, status, posted_at, created_at, version)
select gen_random_uuid(), e.programme_code, e.budget_year, e.beneficiary_uscc, 'ENTITLEMENT', e.id,
       e.journal_entry_id, e.amount, j.description, 'UNPAID', coalesce(e.granted_at, j.posted_at), now(), 0
  from entitlement e join journal_entry j on j.id = e.journal_entry_id
 where e.status = 'GRANTED';
