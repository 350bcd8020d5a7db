-- Onboarding (入驻): a newcomer's application for its organisation with the supporting documents, the members of
-- each organisation (who its users are, and who administers them), and the membership changes still to be written to
-- Keycloak (a Keycloak outage delays them, never loses or blocks them).

create table organisation_application (
    id                  uuid          primary key,
    uscc                varchar(18)   not null check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    name                varchar(200)  not null,
    name_en             varchar(200),
    kind                varchar(20)   not null,
    region              varchar(6)    not null check (region ~ '^[1-8][0-9]{5}$'),
    parent_uscc         varchar(18),
    contact_name        varchar(100)  not null,
    contact_phone       varchar(30)   not null,
    -- the applicant: the Keycloak user (subject) who filed it, as its token named it
    applicant_id        varchar(64)   not null,
    applicant_username  varchar(200)  not null,
    applicant_name      varchar(200)  not null,
    applicant_email     varchar(200),
    status              varchar(20)   not null check (status in ('PENDING', 'VERIFIED', 'REJECTED')),
    filed_at            timestamptz   not null,
    decided_at          timestamptz,
    decided_by          varchar(200),
    rejection_reason    varchar(500),
    version             bigint        not null,
    constraint application_rejected_with_reason check ((status = 'REJECTED') = (rejection_reason is not null))
);
-- one application under way per organisation and per applicant
create unique index application_pending_uscc on organisation_application (uscc) where status = 'PENDING';
create unique index application_pending_applicant on organisation_application (applicant_id) where status = 'PENDING';
create index application_region on organisation_application (status, region);

create table application_document (
    id              uuid          primary key,
    application_id  uuid          not null references organisation_application (id),
    position        int           not null,
    file_name       varchar(200)  not null,
    -- sniffed from the bytes, never the type the browser claimed
    content_type    varchar(20)   not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size            int           not null check (size > 0 and size <= 5242880),
    sha256          varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea         not null,
    unique (application_id, position)
);

-- A user belongs to one organisation (its token carries one org_id).
create table membership (
    id            uuid          primary key,
    uscc          varchar(18)   not null references organisation (uscc),
    user_id       varchar(64)   not null unique,
    username      varchar(200)  not null,
    display_name  varchar(200)  not null,
    email         varchar(200),
    role          varchar(20)   not null check (role in ('MEMBER', 'ORG_ADMIN')),
    joined_at     timestamptz   not null,
    added_by      varchar(200)  not null
);
create index membership_uscc on membership (uscc);

-- What Keycloak must still be told, oldest first; written in the transaction of the membership change, done by
-- MembershipSync (retried with a growing pause while Keycloak does not answer).
create table membership_sync (
    id               bigserial     primary key,
    user_id          varchar(64)   not null,
    action           varchar(10)   not null check (action in ('JOIN', 'LEAVE')),
    org_id           varchar(18)   not null,
    org_name         varchar(200)  not null,
    realm_role       varchar(20)   not null,
    created_at       timestamptz   not null,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    done_at          timestamptz,
    last_error       varchar(500)
);
create index membership_sync_due on membership_sync (next_attempt_at) where done_at is null;
