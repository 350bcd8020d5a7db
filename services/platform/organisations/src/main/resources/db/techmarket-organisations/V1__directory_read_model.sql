-- A service's read model of the directory (机构库), fed by directory.organisations.v1. Versioned apart from the
-- service's own migrations (history table organisations_schema_history). Rebuilt by replaying the topic from
-- offset 0: every row is a pure function of the events, never of when they were consumed.

-- The facts of an organisation, one row per version: a version is in force from valid_from until the next one's.
-- A suspension is a version too (the facts it had, status SUSPENDED), so "as of" a date answers what was true then.
create table directory_organisation (
    uscc        varchar(18)  not null,
    valid_from  timestamptz  not null,
    name        varchar(200) not null,
    name_en     varchar(200),
    kind        varchar(20)  not null,
    region      varchar(6)   not null,
    parent_uscc varchar(18),
    status      varchar(12)  not null check (status in ('VERIFIED', 'SUSPENDED')),
    primary key (uscc, valid_from)
);

-- Qualifications (资质) with their validity period; expired_on is set when the directory says it ran out or was
-- revoked (its last valid day).
create table directory_qualification (
    id          uuid         primary key,
    uscc        varchar(18)  not null,
    kind        varchar(40)  not null,
    number      varchar(64)  not null,
    valid_from  date         not null,
    valid_to    date,
    expired_on  date,
    reason      varchar(1000),
    check (valid_to is null or valid_to >= valid_from)
);

create index directory_qualification_uscc on directory_qualification (uscc);

-- Registration points (技术合同登记机构) and whether they are open.
create table directory_registration_point (
    uscc       varchar(18)  primary key,
    name       varchar(200) not null,
    region     varchar(6)   not null,
    code       varchar(4)   not null,
    open       boolean      not null,
    opened_at  timestamptz  not null,
    closed_at  timestamptz
);
