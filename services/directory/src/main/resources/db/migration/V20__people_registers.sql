-- The people registers (services/directory/README.md, "People"): 技术经理人, the 评审专家库, their history, and the
-- expert panels drawn from it. Contact details are personal data (个人信息保护法): each with the visibility its
-- person chose.

create table broker (
    id                  uuid          primary key,
    name                varchar(100)  not null,
    -- the organisation the broker works for: verified when entered (the service checks)
    agency_uscc         varchar(18)   not null references organisation (uscc),
    certificate_number  varchar(50),
    training_hours      integer       not null check (training_hours >= 0),
    phone               varchar(20),
    phone_visibility    varchar(10)   not null check (phone_visibility in ('PUBLIC', 'SIGNED_IN', 'PRIVATE')),
    email               varchar(100),
    email_visibility    varchar(10)   not null check (email_visibility in ('PUBLIC', 'SIGNED_IN', 'PRIVATE')),
    account_subject     varchar(64),
    status              varchar(10)   not null check (status in ('ACTIVE', 'SUSPENDED')),
    suspension_reason   varchar(500),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null
);
-- one certificate, one broker; one market account, one broker entry
create unique index broker_certificate on broker (certificate_number) where certificate_number is not null;
create unique index broker_account on broker (account_subject) where account_subject is not null;
create index broker_agency on broker (agency_uscc);
create index broker_status_name on broker (status, name);

create table broker_field (
    broker_id  uuid         not null references broker (id),
    code       varchar(64)  not null,
    primary key (broker_id, code)
);
create index broker_field_code on broker_field (code);

create table expert (
    id                  uuid          primary key,
    name                varchar(100)  not null,
    organisation_uscc   varchar(18)   not null references organisation (uscc),
    title               varchar(100)  not null,
    phone               varchar(20),
    phone_visibility    varchar(10)   not null check (phone_visibility in ('PUBLIC', 'SIGNED_IN', 'PRIVATE')),
    email               varchar(100),
    email_visibility    varchar(10)   not null check (email_visibility in ('PUBLIC', 'SIGNED_IN', 'PRIVATE')),
    account_subject     varchar(64),
    status              varchar(10)   not null check (status in ('ACTIVE', 'SUSPENDED')),
    suspension_reason   varchar(500),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null
);
create unique index expert_account on expert (account_subject) where account_subject is not null;
create index expert_organisation on expert (organisation_uscc);
create index expert_status_name on expert (status, name);

create table expert_field (
    expert_id  uuid         not null references expert (id),
    code       varchar(64)  not null,
    primary key (expert_id, code)
);
create index expert_field_code on expert_field (code);

-- relations an expert declares with organisations (by USCC, which the directory need not hold), for the draw's 回避
create table expert_relation (
    expert_id   uuid         not null references expert (id),
    position    integer      not null,
    uscc        varchar(18)  not null check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    kind        varchar(20)  not null check (kind in ('EMPLOYER', 'FORMER_EMPLOYER', 'CONSULTING', 'FAMILY')),
    valid_from  date         not null,
    valid_to    date,
    primary key (expert_id, position),
    constraint expert_relation_period check (valid_to is null or valid_to >= valid_from)
);

-- every change of a broker or expert: who, when, the entry before and after
create table person_change (
    id          uuid          primary key,
    seq         bigint        generated always as identity unique,
    person_id   uuid          not null,
    action      varchar(40)   not null,
    at          timestamptz   not null,
    actor_user  varchar(200)  not null,
    actor_name  varchar(200)  not null,
    actor_org   varchar(18)   not null,
    before      jsonb,
    after       jsonb,
    created_at  timestamptz   not null,
    version     bigint        not null
);
create index person_change_history on person_change (person_id, seq desc);

-- 抽取专家: a drawn panel, never changed
create table panel (
    id                    uuid          primary key,
    purpose               varchar(30)   not null check (purpose in ('REGISTRY_REVIEW', 'CHALLENGE_EVALUATION')),
    subject_id            varchar(64)   not null,
    field                 varchar(64)   not null,
    size                  integer       not null check (size >= 1),
    parties               jsonb         not null,
    seed                  bigint        not null check (seed >= 0),
    draw_date             date          not null,
    candidates            integer       not null,
    eligible              integer       not null,
    drawn                 jsonb         not null,
    avoided               jsonb         not null,
    requested_by_subject  varchar(64)   not null,
    requested_by_user     varchar(200)  not null,
    requested_by_name     varchar(200)  not null,
    requested_by_org      varchar(18)   not null,
    region                varchar(6)    not null,
    created_at            timestamptz   not null,
    version               bigint        not null
);
create index panel_subject on panel (purpose, subject_id);
create index panel_region_created on panel (region, created_at desc);
