-- The documents of a filing (申请材料), ADR 0022. Contents are kept once per distinct SHA-256 in attachment_content
-- (content-addressed, so the same scan attached to two filings is stored once); contract_attachment records each
-- attachment with what the filer called it and the type recognised from the content. A removed attachment keeps its
-- row (deleted_at) as the record of what was once attached; its content goes when nothing else refers to it.

create table attachment_content (
    sha256    varchar(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size      bigint      not null check (size > 0),
    content   bytea       not null,
    stored_at timestamptz not null default now(),
    check (octet_length(content) = size)
);
-- PDFs, JPEGs, PNGs and OFDs are compressed already: TOAST them out of line without trying to compress them again.
alter table attachment_content alter column content set storage external;

create table contract_attachment (
    id          uuid         primary key,
    contract_id uuid         not null references contract (id),
    kind        varchar(40)  not null check (kind ~ '^[A-Z][A-Z_]*$'),
    file_name   varchar(200) not null check (file_name <> ''),
    media_type  varchar(100) not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png', 'application/ofd')),
    size        bigint       not null check (size > 0),
    sha256      varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by varchar(200) not null,
    uploaded_at timestamptz  not null,
    deleted_by  varchar(200),
    deleted_at  timestamptz,
    check ((deleted_at is null) = (deleted_by is null))
);
create index contract_attachment_current on contract_attachment (contract_id, uploaded_at) where deleted_at is null;
create index contract_attachment_content on contract_attachment (sha256) where deleted_at is null;
