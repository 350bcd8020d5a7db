-- Issue 16, every decision explained (the assessment engine): refusals of more than contracts, fixed amounts, and
-- registrations that found no programme.

-- 不予补助 of a qualification (高企 recognition) as well as of a contract: what was assessed, how it is named, and
-- whose it is (the holder reads it; a contract's refusal is read by its parties, as before). A refusal without a
-- contract has no registration number nor parties, but its holder and region.
alter table ineligibility
    add column subject_type      varchar(20) not null default 'CONTRACT'
        check (subject_type in ('CONTRACT', 'QUALIFICATION', 'EXPENSE', 'CHALLENGE')),
    add column subject_id        uuid,
    add column subject_reference varchar(64),
    add column beneficiary_uscc  varchar(18);
update ineligibility set subject_id = contract_id, subject_reference = registration_number;
alter table ineligibility alter column subject_id set not null;
alter table ineligibility alter column contract_id drop not null;
alter table ineligibility add constraint ineligibility_contract_subject
    check ((subject_type = 'CONTRACT') = (contract_id is not null));
alter table ineligibility add constraint ineligibility_once_per_subject
    unique (subject_type, subject_id, programme_code, amendment_number);
create index ineligibility_beneficiary on ineligibility (beneficiary_uscc) where beneficiary_uscc is not null;
-- readable: a contract's refusal by its number, region and a domestic party (as V6 said); any other by its holder
-- and region. Rows recorded before are not re-checked, as before (not valid).
alter table ineligibility drop constraint ineligibility_readable;
alter table ineligibility add constraint ineligibility_readable
    check (region is not null and (
        (subject_type = 'CONTRACT' and registration_number is not null
             and (seller_uscc is not null or buyer_uscc is not null))
        or (subject_type <> 'CONTRACT' and beneficiary_uscc is not null and subject_reference is not null))) not valid;

-- A fixed amount (高企 recognition: 100,000.00 first, 50,000.00 on re-recognition) has no basis and no rate: both
-- stay required for an entitlement of a contract.
alter table entitlement alter column basis_amount drop not null;
alter table entitlement alter column rate drop not null;
alter table entitlement add constraint entitlement_rated
    check (subject_type <> 'CONTRACT' or (basis_amount is not null and rate is not null));

-- A registration assessed when no contract programme was in force in its budget year (a year nobody opened one for
-- yet) is kept as awaiting one, not silently given nothing: the year's state counts these; the assessment that finds
-- a programme clears it.
alter table contract_registration add column awaiting_programme boolean not null default false;
create index contract_registration_awaiting on contract_registration (registered_at) where awaiting_programme;
