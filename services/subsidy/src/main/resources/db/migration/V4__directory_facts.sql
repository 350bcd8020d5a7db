-- Every assessment keeps the directory's facts it was decided on, as of the contract's registration (kind, region,
-- parent, the relation found): on the entitlement it gave, or on the refusal below. Entitlements derived before the
-- directory existed decided on the contract event's parties; they say so.
alter table entitlement add column facts varchar(2000);
update entitlement set facts = 'parties as the contract event carried them (before the directory)';
alter table entitlement alter column facts set not null;

-- 不予补助: a programme gave a registered contract nothing; at most one per contract and programme, like entitlements.
-- The policy clause is the programme year's; the rest of the contract is in the event source_event_id names.
create table ineligibility (
    id              uuid          primary key,
    programme_code  varchar(64)   not null,
    budget_year     integer       not null,
    contract_id     uuid          not null,
    reason          varchar(40)   not null,
    facts           varchar(2000) not null,
    source_event_id uuid          not null,
    assessed_at     timestamptz   not null,
    constraint ineligibility_once_per_contract unique (contract_id, programme_code),
    constraint ineligibility_programme foreign key (programme_code, budget_year) references programme (code, budget_year)
);

-- The operators' lists of a sub-market filter on the beneficiary's region.
create index entitlement_beneficiary_region on entitlement (beneficiary_region, created_at desc);
