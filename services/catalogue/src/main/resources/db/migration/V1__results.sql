-- 科技成果: results held by universities, institutes and enterprises, reviewed by operators before publication.
create table result (
    id                 uuid          primary key,
    holder_uscc        varchar(18)   not null,
    holder_name        varchar(200)  not null,
    holder_kind        varchar(20)   not null,
    holder_region      varchar(6)    not null,
    holder_parent_uscc varchar(18),
    title              varchar(200)  not null,
    summary            varchar(5000) not null,
    industry           varchar(64)   not null,
    maturity           varchar(20)   not null,
    trl                integer       check (trl between 1 and 9),
    transfer_modes     text[]        not null,
    asking_price       numeric(18, 2) check (asking_price > 0),
    price_negotiable   boolean       not null,
    patent_numbers     text[]        not null,
    region_code        varchar(6)    not null,
    status             varchar(20)   not null,
    rejection_reason   varchar(1000),
    created_by         varchar(200)  not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    submitted_at       timestamptz,
    published_at       timestamptz,
    withdrawn_at       timestamptz,
    version            bigint        not null,
    -- Chinese full-text: CJK bigrams (and Latin words) of title and summary, produced in the application
    search_vector      tsvector,
    constraint result_price_or_negotiable check (price_negotiable = (asking_price is null))
);

create index result_search on result using gin (search_vector);
create index result_published on result (status, region_code, published_at desc);
create index result_holder on result (holder_uscc, updated_at desc);
