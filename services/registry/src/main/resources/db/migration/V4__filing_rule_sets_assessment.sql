-- Issue 15, filing by any seller (origin FILED), the recognition rule set chosen by the signing date, and 核定.

-- A seller (or, for a technology import, the domestic buyer) files its own contract.
alter table contract drop constraint contract_origin_check;
alter table contract add constraint contract_origin_check check (origin in ('CHALLENGE_AWARD', 'BROKERED', 'FILED'));

-- A rule set may lay numbers out in up to 16 digits ({YYYY} instead of {YY}); province 45 is no longer at a fixed place.
alter table contract drop constraint contract_registration_number_check;
alter table contract alter column registration_number type varchar(16);
alter table contract add constraint contract_registration_number_check check (registration_number ~ '^[0-9]{14,16}$');

-- What the filing says beyond the amounts: 标的, the description, the performance period, the subtype's details
-- (patent number, licence scope, ...), the technology carriers that are part of the technical price (not deducted),
-- and for a university or institute seller of a transfer or licence the share of the income rewarded to the 完成人.
alter table contract add column subject varchar(500);
alter table contract add column description varchar(5000);
alter table contract add column performance_from date;
alter table contract add column performance_to date;
alter table contract add column details jsonb;
alter table contract add column carriers jsonb not null default '[]';
alter table contract add column inventor_reward_share numeric(5, 2)
    check (inventor_reward_share between 0 and 100);
alter table contract add constraint contract_performance_period check (performance_to is null
    or performance_from is null or performance_to >= performance_from);

-- 核定: the amounts as filed stay readable after the registrar recognised others; the latest assessment is on the
-- contract, every one in amount_assessment.
alter table contract add column filed_non_technical_items jsonb;
alter table contract add column filed_non_technical_amount numeric(18, 2) check (filed_non_technical_amount >= 0);
alter table contract add column filed_carriers jsonb;
alter table contract add column assessed_at timestamptz;
alter table contract add column assessed_by varchar(200);
alter table contract add column assessment_reason varchar(2000);

create table amount_assessment (
    id                          uuid           primary key,
    contract_id                 uuid           not null references contract (id),
    registration_point_uscc     varchar(18)    not null,
    total_contract_amount       numeric(18, 2) not null check (total_contract_amount > 0),
    before_non_technical_amount numeric(18, 2) not null check (before_non_technical_amount >= 0),
    after_non_technical_amount  numeric(18, 2) not null check (after_non_technical_amount >= 0),
    before_items                jsonb          not null,
    after_items                 jsonb          not null,
    before_carriers             jsonb          not null,
    after_carriers              jsonb          not null,
    reason                      varchar(2000)  not null,
    assessed_by                 varchar(200)   not null,
    assessed_at                 timestamptz    not null,
    constraint amount_assessment_within_total check (after_non_technical_amount <= total_contract_amount)
);
create index amount_assessment_contract on amount_assessment (contract_id, assessed_at);

-- The rule set is the one in force on the signing date, no longer the label GX-2026.1 of the registration date
-- (a label that changed nothing): every contract with a signing date gets the national rule set that governs it.
update contract set rule_set_version = case when signed_on < date '2026-03-01' then 'CN-2001' else 'CN-2026' end
 where signed_on is not null and signed_on >= date '2001-07-18';

-- A foreign party (a technology import's seller, an export's buyer) has a country, and perhaps no USCC, and no
-- region; a Chinese one has both. A technology import is filed by its domestic buyer, and its seller is foreign.
alter table contract add column seller_country varchar(2) check (seller_country ~ '^[A-Z]{2}$' and seller_country <> 'CN');
alter table contract add column buyer_country varchar(2) check (buyer_country ~ '^[A-Z]{2}$' and buyer_country <> 'CN');
alter table contract alter column seller_uscc drop not null;
alter table contract alter column seller_region drop not null;
alter table contract alter column buyer_uscc drop not null;
alter table contract alter column buyer_region drop not null;
alter table contract add constraint contract_seller_identified
    check (seller_country is not null or (seller_uscc is not null and seller_region is not null));
alter table contract add constraint contract_buyer_identified
    check (buyer_country is not null or (buyer_uscc is not null and buyer_region is not null));
alter table contract add column technology_import boolean not null default false;
alter table contract add constraint contract_import_from_abroad check (not technology_import or seller_country is not null);
