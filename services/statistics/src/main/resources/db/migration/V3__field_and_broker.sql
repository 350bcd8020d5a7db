-- 技术领域 of a registered contract (registry.ContractRegistered/ContractAmended technicalField, issue 19): the
-- market's industry code; null when the registration stated none (shown as 未注明). A rebuild fills it for every
-- generation from the events themselves.
alter table contract_fact add column technical_field varchar(64);

-- the 技术经理人 who drafted a brokered contract: their account (registry.ContractRegistered brokerAccount), the key of
-- the broker performance record; null for a contract no broker drafted
alter table contract_fact add column broker_account varchar(64);

-- 技术经理人 as the directory announces them (directory.BrokerChanged), to name the accounts of the performance record;
-- a fact of the events like the others (in generations, rebuilt from offset 0), the latest change standing
create table broker_fact (
    generation          integer not null,
    broker_id           uuid not null,
    account_subject     varchar(64),
    name                varchar(200) not null,
    agency_uscc         varchar(18) not null,
    certificate_number  varchar(50),
    status              varchar(10) not null,
    changed_at          timestamptz not null,
    primary key (generation, broker_id)
);
create index broker_fact_account on broker_fact (generation, account_subject);
