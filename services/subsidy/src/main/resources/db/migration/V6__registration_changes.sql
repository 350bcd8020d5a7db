-- 变更登记 and 注销登记 (issue 15): a registration that is amended is assessed anew on its amended facts, and one
-- that is cancelled gives nothing any more. Neither edits what was decided: what a contract gave is taken back by
-- reversing ledger entries (or, when nothing was posted yet, by withdrawing the waiting entitlement), and each
-- assessment of the contract is kept beside the earlier ones, numbered like the registry's amendments (0: the
-- registration itself, 1, 2, …: 变更登记 1, 2, …).

-- Every assessment belongs to one version of the registration; a contract gives at most one outcome per programme
-- and version (it used to be one per programme, full stop).
alter table entitlement add column amendment_number integer not null default 0 check (amendment_number >= 0);
alter table entitlement drop constraint entitlement_once_per_contract;
alter table entitlement add constraint entitlement_once_per_registration
    unique (contract_id, programme_code, amendment_number);

alter table ineligibility add column amendment_number integer not null default 0 check (amendment_number >= 0);
alter table ineligibility drop constraint ineligibility_once_per_contract;
alter table ineligibility add constraint ineligibility_once_per_registration
    unique (contract_id, programme_code, amendment_number);

-- 已撤销 (WITHDRAWN): an entitlement still waiting for budget when its registration changed. Nothing was posted, so
-- nothing is reversed; it is closed so that budget added later cannot grant it. Why it was reversed or withdrawn
-- (which change of the registration) is kept with it; a reversal's ledger entry says it too.
alter table entitlement drop constraint entitlement_status_check;
alter table entitlement add constraint entitlement_status
    check (status in ('GRANTED', 'WAITING_FOR_BUDGET', 'REVERSED', 'WITHDRAWN'));
alter table entitlement drop constraint entitlement_posting;
alter table entitlement add constraint entitlement_posting
    check ((status in ('WAITING_FOR_BUDGET', 'WITHDRAWN')) = (journal_entry_id is null));
alter table entitlement add column withdrawn_at timestamptz;
alter table entitlement add column end_reason varchar(1000);
alter table entitlement add constraint entitlement_withdrawn
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and end_reason is not null));

-- A contract with a foreign party (no USCC) is still readable by its domestic party: a refusal needs the USCC of
-- the seller or of the buyer, not of both. Rows recorded before are not re-checked, as before (not valid).
alter table ineligibility drop constraint ineligibility_readable;
alter table ineligibility add constraint ineligibility_readable
    check (registration_number is not null and region is not null
           and (seller_uscc is not null or buyer_uscc is not null)) not valid;

-- The registration number's layout is the rule set's (issue 15): the legacy 14 digits (YY·45·city·point·serial) or
-- 16 with a four-digit year; both end in the point's code and a six-digit serial.
alter table entitlement alter column registration_number type varchar(16);
alter table entitlement drop constraint entitlement_registration_number_check;
alter table entitlement add constraint entitlement_registration_number
    check (registration_number ~ '^([0-9]{2}|[0-9]{4})45[0-9]{10}$');
alter table ineligibility alter column registration_number type varchar(16);
alter table ineligibility drop constraint ineligibility_registration_number_check;
alter table ineligibility add constraint ineligibility_registration_number
    check (registration_number ~ '^([0-9]{2}|[0-9]{4})45[0-9]{10}$');

-- Where each contract's registration stands as subsidy has heard of it: the last amendment assessed, and whether it
-- was cancelled. The lock row of a contract's changes (SELECT … FOR UPDATE), and what makes a change heard twice (a
-- replayed event under a new id) or late (an amendment after the cancellation) change nothing.
create table contract_registration (
    contract_id           uuid        primary key,
    amendment_number      integer     not null check (amendment_number >= 0),
    deregistered_at       timestamptz,
    deregistration_reason varchar(20) check (deregistration_reason in ('RESCINDED', 'VOID')),
    changed_by_event_id   uuid        not null,
    changed_at            timestamptz not null,
    constraint contract_registration_deregistered
        check ((deregistered_at is null) = (deregistration_reason is null))
);

-- The contracts assessed before: registered, never amended or cancelled (subsidy heard of neither until now).
insert into contract_registration (contract_id, amendment_number, changed_by_event_id, changed_at)
select contract_id, 0, (array_agg(source_event_id order by at))[1], min(at)
  from (select contract_id, source_event_id, created_at as at from entitlement
        union all
        select contract_id, source_event_id, assessed_at as at from ineligibility) assessed
 group by contract_id;
