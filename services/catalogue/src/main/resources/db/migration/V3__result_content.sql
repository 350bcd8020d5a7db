-- A result's full content (issue 18): its rights with kind and status (replacing the bare patent numbers), its
-- contacts with who may see each, and its 完成人 in order. Kept as jsonb on the row: they are read and written with
-- the result, never queried on their own; the search index reads them from the row.
alter table result
    add column patents   jsonb not null default '[]',
    add column contacts  jsonb not null default '[]',
    add column inventors jsonb not null default '[]';

-- The numbers typed before were ZL numbers (granted patents); the kind is the application number's kind digit
-- (fifth of twelve digits, third of the eight of numbers before 2003: 2 or 9 实用新型, 3 外观设计, else 发明).
update result r
set patents = (
    select jsonb_agg(jsonb_build_object(
                   'number', n,
                   'kind', case substr(n, case when length(n) = 16 then 7 else 5 end, 1)
                               when '2' then 'UTILITY_MODEL' when '9' then 'UTILITY_MODEL'
                               when '3' then 'DESIGN'
                               else 'INVENTION' end,
                   'status', 'GRANTED') order by ord)
    from unnest(r.patent_numbers) with ordinality as u(n, ord))
where cardinality(r.patent_numbers) > 0;

alter table result drop column patent_numbers;

-- Files of results imported in bulk: the same file (SHA-256) sent again by the same organisation is recognised and
-- not imported twice; result_ids lists the drafts it made, in the order of its rows.
create table result_import (
    id          uuid         primary key,
    holder_uscc varchar(18)  not null,
    sha256      varchar(64)  not null,
    file_name   varchar(200) not null,
    result_ids  uuid[]       not null,
    imported_by varchar(200) not null,
    imported_at timestamptz  not null,
    constraint result_import_once unique (holder_uscc, sha256)
);

-- Attachments (images and PDFs) of a result: their metadata on the row (jsonb `attachments`: id, file name, type
-- recognised from the bytes, size, SHA-256), their contents once per SHA-256 here (ADR 0022's way: PDFs, JPEGs and PNGs
-- are compressed already, so TOAST keeps them out of line without compressing again).
alter table result add column attachments jsonb not null default '[]';
create table attachment_content (
    sha256    varchar(64) primary key,
    size      bigint      not null,
    content   bytea       not null,
    stored_at timestamptz not null
);
alter table attachment_content alter column content set storage external;
