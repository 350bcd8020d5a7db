-- 补助项目: one row per programme and budget year (年度), with the settings in force that year and the budget
-- allocated to it. The row is the lock (SELECT ... FOR UPDATE) that serialises grants against the same budget.
create table programme (
    id                  uuid          primary key,
    code                varchar(64)   not null check (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$'),
    budget_year         integer       not null check (budget_year between 2000 and 2100),
    rule                varchar(30)   not null check (rule in ('BUYER_POST_SUBSIDY', 'INTERMEDIARY', 'REGISTRATION_BODY')),
    name_zh             varchar(200)  not null,
    name_en             varchar(200)  not null,
    policy_clause       varchar(1000) not null,
    rate                numeric(7, 6) not null check (rate > 0 and rate <= 1),
    per_contract_cap    numeric(18, 2) check (per_contract_cap > 0),
    minimum_basis       numeric(18, 2) check (minimum_basis >= 0),
    eligible_categories text[]        not null,
    -- total allocated to the year; what is left is the credit balance of the ledger account BUDGET:<code>:<year>
    budget              numeric(18, 2) not null check (budget >= 0),
    created_at          timestamptz   not null,
    version             bigint        not null,
    constraint programme_code_year unique (code, budget_year),
    -- 企业购买科技成果转化后补助: "最高50%" (桂政发〔2018〕51号)
    constraint programme_buyer_rate check (rule <> 'BUYER_POST_SUBSIDY' or rate <= 0.50)
);

-- 应享补助: what one programme gives one organisation for one registered contract. At most one per contract and
-- programme, whatever events arrive.
create table entitlement (
    id                      uuid          primary key,
    programme_code          varchar(64)   not null,
    budget_year             integer       not null,
    policy_clause           varchar(1000) not null,
    contract_id             uuid          not null,
    registration_number     varchar(14)   not null check (registration_number ~ '^[0-9]{2}45[0-9]{10}$'),
    contract_title          varchar(200)  not null,
    contract_type           varchar(40)   not null,
    beneficiary_uscc        varchar(18)   not null,
    beneficiary_name        varchar(200)  not null,
    beneficiary_kind        varchar(20)   not null,
    beneficiary_region      varchar(6)    not null,
    beneficiary_parent_uscc varchar(18),
    basis_amount            numeric(18, 2) not null check (basis_amount >= 0),
    rate                    numeric(7, 6) not null check (rate > 0 and rate <= 1),
    amount                  numeric(18, 2) not null check (amount > 0 and amount <= basis_amount),
    capped                  boolean       not null,
    status                  varchar(30)   not null check (status in ('GRANTED', 'WAITING_FOR_BUDGET', 'REVERSED')),
    journal_entry_id        uuid,
    reversal_entry_id       uuid,
    source_event_id         uuid          not null,
    registered_at           timestamptz   not null,
    created_at              timestamptz   not null,
    granted_at              timestamptz,
    reversed_at             timestamptz,
    version                 bigint        not null,
    constraint entitlement_once_per_contract unique (contract_id, programme_code),
    constraint entitlement_programme foreign key (programme_code, budget_year) references programme (code, budget_year),
    constraint entitlement_posting check ((status = 'WAITING_FOR_BUDGET') = (journal_entry_id is null))
);

create index entitlement_beneficiary on entitlement (beneficiary_uscc, created_at desc);
create index entitlement_programme_year on entitlement (programme_code, budget_year, status);

-- 台账: a double-entry ledger. Amounts are signed: debit positive, credit negative; the lines of an entry sum to
-- zero. Rows are never updated or deleted: a correction is a reversing entry.
create table ledger_account (
    code           varchar(150) primary key,
    kind           varchar(20)  not null check (kind in ('APPROPRIATION', 'BUDGET', 'PAYABLE')),
    programme_code varchar(64)  not null,
    budget_year    integer,
    owner_uscc     varchar(18),
    created_at     timestamptz  not null,
    constraint ledger_account_shape check (
        (kind in ('APPROPRIATION', 'BUDGET') and budget_year is not null and owner_uscc is null)
        or (kind = 'PAYABLE' and owner_uscc is not null and budget_year is null))
);

create table journal_entry (
    id             uuid          primary key,
    kind           varchar(20)   not null check (kind in ('ALLOCATION', 'GRANT', 'REVERSAL')),
    description    varchar(1000) not null,
    entitlement_id uuid,
    reverses       uuid          unique references journal_entry (id),
    posted_at      timestamptz   not null,
    constraint journal_entry_reversal check ((kind = 'REVERSAL') = (reverses is not null))
);

create table journal_line (
    entry_id     uuid          not null references journal_entry (id),
    line_no      integer       not null check (line_no > 0),
    account_code varchar(150)  not null references ledger_account (code),
    amount       numeric(18, 2) not null check (amount <> 0),
    primary key (entry_id, line_no)
);

create index journal_line_account on journal_line (account_code);
create index journal_entry_entitlement on journal_entry (entitlement_id);

-- Every entry balances (at least two lines summing to zero) and no budget account goes below zero (its balance
-- is a credit, so the sum of its lines may never be positive). Checked at commit, after all lines are in.
create function journal_line_check() returns trigger language plpgsql as $$
declare
    entry_total numeric;
    entry_lines integer;
    budget_balance numeric;
begin
    select coalesce(sum(amount), 0), count(*) into entry_total, entry_lines
      from journal_line where entry_id = new.entry_id;
    if entry_total <> 0 or entry_lines < 2 then
        raise exception 'journal entry % does not balance (% lines, sum %)', new.entry_id, entry_lines, entry_total
            using errcode = '23514';
    end if;
    if new.account_code like 'BUDGET:%' then
        select sum(amount) into budget_balance from journal_line where account_code = new.account_code;
        if budget_balance > 0 then
            raise exception 'budget % would go negative (%)', new.account_code, -budget_balance
                using errcode = '23514';
        end if;
    end if;
    return null;
end
$$;

create constraint trigger journal_line_balanced after insert on journal_line
    deferrable initially deferred for each row execute function journal_line_check();

create function ledger_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % is refused; post a reversing entry instead', tg_op, tg_table_name
        using errcode = '55000';
end
$$;

create trigger journal_entry_immutable before update or delete on journal_entry
    for each row execute function ledger_is_immutable();
create trigger journal_line_immutable before update or delete on journal_line
    for each row execute function ledger_is_immutable();
create trigger ledger_account_immutable before update or delete on ledger_account
    for each row execute function ledger_is_immutable();
create trigger journal_entry_no_truncate before truncate on journal_entry
    for each statement execute function ledger_is_immutable();
create trigger journal_line_no_truncate before truncate on journal_line
    for each statement execute function ledger_is_immutable();
create trigger ledger_account_no_truncate before truncate on ledger_account
    for each statement execute function ledger_is_immutable();
