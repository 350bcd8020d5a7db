-- 补助申报 (issue 16, ADR 0026): claims with payment evidence (付款凭证), expense evidence (研发费用) and attachments.
-- A claim is made on a CLAIMABLE entitlement (the ceiling a 需申报 programme set for a contract or a qualification),
-- or, for an R&D expense programme, on the programme-year itself. Its amount is computed on the evidence the admin
-- approves; approval posts a GRANT entry (journal_entry.source_type 'CLAIM', source_id = the claim).
create table claim (
    id                 uuid           primary key,
    programme_code     varchar(64)    not null,
    budget_year        integer        not null,
    -- the entitlement claimed on; null for an R&D expense claim (made on the programme-year)
    entitlement_id     uuid           references entitlement (id),
    kind               varchar(20)    not null check (kind in ('PAYMENT', 'EXPENSE', 'QUALIFICATION')),
    beneficiary_uscc   varchar(18)    not null,
    beneficiary_name   varchar(200)   not null,
    beneficiary_region varchar(6)     not null check (beneficiary_region ~ '^45[0-9]{4}$'),
    status             varchar(30)    not null check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED',
                           'REJECTED', 'APPROVED_WAITING_FOR_BUDGET', 'GRANTED', 'REVERSED', 'CLOSED')),
    -- what the claim gives, fixed when an admin approves it (null before)
    amount             numeric(18, 2) check (amount > 0),
    explanation        jsonb,
    note               varchar(1000),
    decision_reason    varchar(1000),
    end_reason         varchar(1000),
    journal_entry_id   uuid,
    reversal_entry_id  uuid,
    created_by         varchar(100)   not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null,
    submitted_at       timestamptz,
    verified_by        varchar(100),
    verified_at        timestamptz,
    decided_by         varchar(100),
    decided_at         timestamptz,
    approved_at        timestamptz,
    granted_at         timestamptz,
    ended_at           timestamptz,
    version            bigint         not null,
    constraint claim_programme foreign key (programme_code, budget_year) references programme (code, budget_year),
    constraint claim_subject check ((kind = 'EXPENSE') = (entitlement_id is null)),
    constraint claim_posting check ((status in ('GRANTED', 'REVERSED')) = (journal_entry_id is not null)),
    constraint claim_reversal check ((status = 'REVERSED') = (reversal_entry_id is not null)),
    constraint claim_amount check (status not in ('APPROVED_WAITING_FOR_BUDGET', 'GRANTED', 'REVERSED')
                                   or amount is not null),
    constraint claim_reasoned check (status not in ('RETURNED', 'REJECTED') or decision_reason is not null)
);

create index claim_entitlement on claim (entitlement_id) where entitlement_id is not null;
create index claim_beneficiary on claim (beneficiary_uscc, created_at desc);
create index claim_queue on claim (status, beneficiary_region, submitted_at);
create index claim_waiting on claim (programme_code, budget_year, approved_at) where status = 'APPROVED_WAITING_FOR_BUDGET';

-- 付款凭证: one payment of the 技术交易额 as the claimant declares it, for the entitlement's contract.
create table claim_payment (
    claim_id            uuid           not null references claim (id),
    line_no             integer        not null check (line_no > 0),
    amount              numeric(18, 2) not null check (amount > 0),
    paid_on             date           not null,
    payer_uscc          varchar(18),
    registration_number varchar(16)    not null check (registration_number ~ '^([0-9]{2}|[0-9]{4})45[0-9]{10}$'),
    reference           varchar(100)   not null check (reference <> ''),
    primary key (claim_id, line_no)
);

-- 研发费用: declared R&D expense of one year (an R&D expense programme's claim).
create table claim_expense (
    claim_id     uuid           not null references claim (id),
    line_no      integer        not null check (line_no > 0),
    expense_year integer        not null check (expense_year between 2000 and 2100),
    amount       numeric(18, 2) not null check (amount > 0),
    description  varchar(500)   not null check (description <> ''),
    primary key (claim_id, line_no)
);

-- The files of a claim (ADR 0022, as the registry keeps a filing's documents): contents once per SHA-256.
create table claim_evidence_content (
    sha256    varchar(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size      bigint      not null check (size > 0),
    content   bytea       not null,
    stored_at timestamptz not null default now(),
    check (octet_length(content) = size)
);
alter table claim_evidence_content alter column content set storage external;

create table claim_evidence (
    id          uuid         primary key,
    claim_id    uuid         not null references claim (id),
    kind        varchar(40)  not null check (kind in ('PAYMENT_VOUCHER', 'INVOICE', 'BANK_STATEMENT',
                                 'EXPENSE_REPORT', 'AUDIT_REPORT', 'CERTIFICATE', 'OTHER')),
    file_name   varchar(200) not null check (file_name <> ''),
    media_type  varchar(100) not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png', 'application/ofd')),
    size        bigint       not null check (size > 0),
    sha256      varchar(64)  not null references claim_evidence_content (sha256),
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null
);
create index claim_evidence_claim on claim_evidence (claim_id, uploaded_at);
