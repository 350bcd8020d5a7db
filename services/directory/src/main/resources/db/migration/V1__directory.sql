-- 机构库: the organisations of the market, their qualifications, registration points and the history of every change.

create table organisation (
    id                    uuid          primary key,
    uscc                  varchar(18)   not null unique check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    name                  varchar(200)  not null,
    name_en               varchar(200),
    kind                  varchar(20)   not null,
    region                varchar(6)    not null check (region ~ '^[1-8][0-9]{5}$'),
    -- the group tree: any depth, never a cycle (the service checks before every change of a parent)
    parent_uscc           varchar(18)   references organisation (uscc),
    status                varchar(20)   not null check (status in ('APPLIED', 'VERIFIED', 'SUSPENDED')),
    verified_at           timestamptz,
    verified_by           varchar(200),
    suspended_at          timestamptz,
    suspended_by          varchar(200),
    suspension_reason     varchar(500),
    -- the account payments go to; unverified until an admin verifies it, and again after every change
    bank_name             varchar(100),
    bank_account_number   varchar(32)   check (bank_account_number ~ '^[0-9]{8,32}$'),
    bank_account_name     varchar(200),
    bank_verified_at      timestamptz,
    bank_verified_by      varchar(200),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    constraint organisation_not_own_parent check (parent_uscc is null or parent_uscc <> uscc),
    constraint organisation_bank_whole check ((bank_name is null) = (bank_account_number is null)
        and (bank_name is null) = (bank_account_name is null)),
    constraint organisation_bank_verified_only_when_set check (bank_verified_at is null or bank_name is not null)
);
create index organisation_parent on organisation (parent_uscc);
create index organisation_region on organisation (region);
create index organisation_status_name on organisation (status, name);

create table qualification (
    id                uuid          primary key,
    organisation_uscc varchar(18)   not null references organisation (uscc),
    kind              varchar(40)   not null,
    number            varchar(50)   not null,
    valid_from        date          not null,
    valid_to          date,
    granted_at        timestamptz   not null,
    granted_by        varchar(200)  not null,
    -- whether QualificationGranted went out (only once the organisation is verified: an application is never published)
    announced         boolean       not null default false,
    revoked_at        timestamptz,
    revoked_by        varchar(200),
    revocation_reason varchar(500),
    -- set once, by the daily job or by a revocation: QualificationExpired went out (or had nothing to tell)
    ended_at          timestamptz,
    created_at        timestamptz   not null,
    version           bigint        not null,
    constraint qualification_period check (valid_to is null or valid_to >= valid_from)
);
create index qualification_organisation on qualification (organisation_uscc);
create index qualification_due on qualification (valid_to) where ended_at is null;

-- 技术合同登记机构: a REGISTRY organisation whose point code (city 2 + point 2) is the number of its
-- CONTRACT_REGISTRATION_BODY qualification. A code belongs to one point for good (registration numbers carry it).
create table registration_point (
    uscc          varchar(18)   primary key references organisation (uscc),
    code          varchar(4)    not null unique check (code ~ '^(0[1-9]|1[0-4])[0-9]{2}$' and code !~ '00$'),
    open          boolean       not null,
    opened_at     timestamptz   not null,
    opened_by     varchar(200)  not null,
    closed_at     timestamptz,
    closed_by     varchar(200),
    close_reason  varchar(500),
    created_at    timestamptz   not null,
    version       bigint        not null
);

-- Every change of an organisation: who, when, what it was and what it became (the changed part, as JSON).
create table organisation_change (
    id                uuid          primary key,
    -- the order the changes were made in, also within one transaction (a verification and the qualifications it tells)
    seq               bigint        generated always as identity unique,
    organisation_uscc varchar(18)   not null references organisation (uscc),
    action            varchar(40)   not null,
    at                timestamptz   not null,
    actor_user        varchar(200)  not null,
    actor_name        varchar(200)  not null,
    actor_org         varchar(18)   not null,
    before            jsonb,
    after             jsonb,
    created_at        timestamptz   not null,
    version           bigint        not null
);
create index organisation_change_history on organisation_change (organisation_uscc, seq desc);
