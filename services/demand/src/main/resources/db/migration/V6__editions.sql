-- 期: an edition of the 企业技术需求目录 for a month and a scope (450000 Guangxi, or a city), made by the monthly
-- job or by an operator, frozen once made: its files are kept as they were published (stable public URLs).
create table edition (
    id           uuid         primary key,
    period       varchar(7)   not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    scope        varchar(6)   not null check (scope ~ '^45[0-9]{2}00$'),
    name         varchar(200) not null,
    item_count   integer      not null check (item_count >= 0),
    generated_at timestamptz  not null,
    -- the operator's user name, or 'schedule' for the monthly job (never shown publicly)
    generated_by varchar(200) not null,
    xlsx_sha256  varchar(64)  not null check (length(xlsx_sha256) = 64),
    xlsx_size    integer      not null,
    pdf_sha256   varchar(64)  not null check (length(pdf_sha256) = 64),
    pdf_size     integer      not null,
    constraint edition_once unique (period, scope)
);

create index edition_newest on edition (period desc, scope);

-- the files themselves, apart, so that listing editions never reads them
create table edition_file (
    edition_id uuid  primary key references edition (id),
    xlsx       bytea not null,
    pdf        bytea not null
);
