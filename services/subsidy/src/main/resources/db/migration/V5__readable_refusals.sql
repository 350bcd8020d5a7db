-- 不予补助 readable by whom it concerns: the admins of the would-be beneficiary's sub-market and the contract's
-- parties. An ineligibility so far kept only its programme, reason and facts; it now keeps the registration number
-- it is shown by, the region that places it in a sub-market, and the USCCs of the contract's parties.
--   region: the would-be beneficiary's region in the directory as of the registration (the buyer for the buyer
--           post-subsidy, the intermediary for the intermediary subsidy, the registration point for its own); when
--           the directory did not know it (an external buyer; no intermediary at all), the registration point's.
alter table ineligibility
    add column registration_number varchar(14) check (registration_number ~ '^[0-9]{2}45[0-9]{10}$'),
    add column region              varchar(6)  check (region ~ '^[0-9]{6}$'),
    add column seller_uscc         varchar(18),
    add column buyer_uscc          varchar(18),
    add column intermediary_uscc   varchar(18);

-- Backfill what the recorded rows allow. The contract event itself is not kept (the inbox keeps ids only), so:
-- the registration number from the contract's entitlements; the parties' USCCs and regions from the facts texts the
-- contract's assessments wrote, under every programme ("buyer <uscc>: ENTERPRISE 450300 …; seller <uscc>: …": one
-- contract's assessments all read the directory as of its one registration, so they agree), and the beneficiaries'
-- USCCs from its entitlements; the registration point's region from its entitlement, else from the city digits of
-- the registration number (its 5th and 6th digits are the point's city code, 01 南宁 450100 … 14 崇左 451400).
-- A would-be beneficiary no facts text describes (say, a contract type refused before any party was looked up)
-- is placed at the registration point, as for an external buyer. What none of these gives stays null: such a row is
-- listed to the province's admins only, and to no party.
create temporary table contract_facts on commit drop as
    select contract_id, facts from ineligibility
    union all
    select contract_id, facts from entitlement;

update ineligibility i set
    registration_number = (select e.registration_number from entitlement e
                           where e.contract_id = i.contract_id order by e.programme_code limit 1),
    seller_uscc = (select min(substring(f.facts from 'seller ([0-9A-HJ-NPQRTUWXY]{18})'))
                   from contract_facts f where f.contract_id = i.contract_id),
    buyer_uscc = coalesce((select min(substring(f.facts from 'buyer ([0-9A-HJ-NPQRTUWXY]{18})'))
                           from contract_facts f where f.contract_id = i.contract_id),
                          (select e.beneficiary_uscc from entitlement e
                           join programme p on p.code = e.programme_code and p.budget_year = e.budget_year
                           where e.contract_id = i.contract_id and p.rule = 'BUYER_POST_SUBSIDY' limit 1)),
    intermediary_uscc = coalesce((select min(substring(f.facts from 'intermediary ([0-9A-HJ-NPQRTUWXY]{18})'))
                                  from contract_facts f where f.contract_id = i.contract_id),
                                 (select e.beneficiary_uscc from entitlement e
                                  join programme p on p.code = e.programme_code and p.budget_year = e.budget_year
                                  where e.contract_id = i.contract_id and p.rule = 'INTERMEDIARY' limit 1));

update ineligibility i set
    region = coalesce(
        -- the would-be beneficiary as any of the contract's facts texts describes it ("<uscc>: <KIND> <region>")
        (select min(substring(f.facts from w.uscc || ': [A-Z]+ ([0-9]{6})'))
         from contract_facts f,
              (select case p.rule when 'BUYER_POST_SUBSIDY' then i.buyer_uscc
                                  when 'INTERMEDIARY' then i.intermediary_uscc end as uscc) w
         where f.contract_id = i.contract_id and w.uscc is not null),
        -- else the registration point, as the directory knew it
        (select min(substring(f.facts from 'registrationPoint [0-9A-HJ-NPQRTUWXY]{18}: [A-Z]+ ([0-9]{6})'))
         from contract_facts f where f.contract_id = i.contract_id),
        (select e.beneficiary_region from entitlement e
         join programme q on q.code = e.programme_code and q.budget_year = e.budget_year
         where e.contract_id = i.contract_id and q.rule = 'REGISTRATION_BODY' limit 1),
        '45' || substring(i.registration_number from 5 for 2) || '00')
from programme p
where p.code = i.programme_code and p.budget_year = i.budget_year;

-- Every refusal recorded from now on has them all (the service writes them from the contract's event); rows recorded
-- before are not re-checked (not valid), since what their facts did not say cannot be recovered.
alter table ineligibility add constraint ineligibility_readable
    check (registration_number is not null and region is not null and seller_uscc is not null
           and buyer_uscc is not null) not valid;

-- The admins' list filters on the region, newest first; a party's list on any of its three USCCs.
create index ineligibility_region on ineligibility (region, assessed_at desc);
create index ineligibility_seller on ineligibility (seller_uscc);
create index ineligibility_buyer on ineligibility (buyer_uscc);
create index ineligibility_intermediary on ineligibility (intermediary_uscc);
