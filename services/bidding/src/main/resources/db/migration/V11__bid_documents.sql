-- The documents of a bid (揭榜方案附件: 技术方案, 资质证明, 联合体协议…), PDF only, as the registry keeps a filing's
-- (ADR 0022): contents once per distinct SHA-256 in bid_document_content, in the transaction of their record;
-- bid_document records each upload with the name the bidder gave. A removed document keeps its row (deleted_at)
-- as the record of what was once attached; its content goes when no document not removed refers to it.
create table bid_document_content (
    sha256    varchar(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    size      bigint      not null check (size > 0),
    content   bytea       not null,
    stored_at timestamptz not null default now(),
    check (octet_length(content) = size)
);
-- PDFs are compressed already: TOAST them out of line without trying to compress them again.
alter table bid_document_content alter column content set storage external;

create table bid_document (
    id          uuid         primary key,
    bid_id      uuid         not null references bid (id),
    file_name   varchar(200) not null check (file_name <> ''),
    media_type  varchar(100) not null check (media_type = 'application/pdf'),
    size        bigint       not null check (size > 0),
    sha256      varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by varchar(200) not null,
    uploaded_at timestamptz  not null,
    deleted_by  varchar(200),
    deleted_at  timestamptz,
    check ((deleted_at is null) = (deleted_by is null))
);
create index bid_document_current on bid_document (bid_id, uploaded_at) where deleted_at is null;
create index bid_document_content_ref on bid_document (sha256) where deleted_at is null;
