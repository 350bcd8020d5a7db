-- After registration (issue 15): the certificate (登记证明) and its public verification, amendments (变更登记),
-- deregistration (注销登记) and objections (异议). ADR 0024.

-- The certificate's facts fixed at registration: the random code that, with the number, opens the public
-- verification page (so numbers, which are sequential, cannot be enumerated), and the registering point's name and
-- code as the directory had them then (the point may be renamed or closed later; its certificates stay as issued).
alter table contract add column verification_code varchar(16) unique
    check (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{16}$');
alter table contract add column registration_point_name varchar(200);
alter table contract add column registration_point_code varchar(4) check (registration_point_code ~ '^[0-9]{4}$');

-- Registrations made before V7 get a code now (hex digits are part of the alphabet; gen_random_uuid is a strong
-- random source) and the point code their number carries; their point name is read from the directory instead.
update contract
   set verification_code = upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)),
       registration_point_code = substr(registration_number, 5, 4)
 where registration_number is not null;

alter table contract add constraint contract_registered_has_verification_code
    check ((registration_number is null) = (verification_code is null));

-- 变更登记: how often the registration was amended (the number of the last amendment) and when.
alter table contract add column amendment_number integer not null default 0 check (amendment_number >= 0);
alter table contract add column amended_at timestamptz;
alter table contract add constraint contract_amended_has_date check ((amendment_number = 0) = (amended_at is null));

-- 注销登记: why (rescinded or void), the registrar's explanation, and when; only on a deregistered contract.
alter table contract add column deregistration_reason varchar(20) check (deregistration_reason in ('RESCINDED', 'VOID'));
alter table contract add column deregistration_explanation varchar(2000);
alter table contract add column deregistered_at timestamptz;
alter table contract add constraint contract_deregistration_complete check (
    (status = 'DEREGISTERED') = (deregistered_at is not null)
    and (deregistered_at is null) = (deregistration_reason is null)
    and (deregistered_at is null) = (deregistration_explanation is null));

-- Each amendment with the facts before and after it (amounts, items, buyer), who made it and why.
create table contract_amendment (
    contract_id      uuid          not null references contract (id),
    amendment_number integer       not null check (amendment_number >= 1),
    reason           varchar(2000) not null,
    before_facts     jsonb         not null,
    after_facts      jsonb         not null,
    point_uscc       varchar(18)   not null,
    amended_by       varchar(200)  not null,
    amended_at       timestamptz   not null,
    primary key (contract_id, amendment_number)
);

-- 异议: raised by a party or by an authority (an admin), reviewed by the registering point.
create table contract_objection (
    id              uuid          primary key,
    contract_id     uuid          not null references contract (id),
    raised_by_uscc  varchar(18)   not null,
    raised_by_name  varchar(200)  not null,
    raised_as       varchar(20)   not null check (raised_as in ('PARTY', 'AUTHORITY')),
    grounds         varchar(2000) not null,
    raised_by       varchar(200)  not null,
    raised_at       timestamptz   not null,
    status          varchar(20)   not null check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    explanation     varchar(2000),
    resolved_by     varchar(200),
    resolved_at     timestamptz,
    constraint contract_objection_resolution check (
        (status = 'OPEN') = (resolved_at is null)
        and (resolved_at is null) = (explanation is null)
        and (resolved_at is null) = (resolved_by is null))
);
create index contract_objection_contract on contract_objection (contract_id, raised_at);
-- one open objection per organisation and contract
create unique index contract_objection_one_open on contract_objection (contract_id, raised_by_uscc)
    where status = 'OPEN';

-- The point statistics read registrations by point and registration date.
create index contract_registered_by_point on contract (registration_point_uscc, registered_at)
    where registered_at is not null;
