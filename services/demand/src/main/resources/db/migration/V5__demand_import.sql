-- Files of demands imported in bulk (issue 18): the same file (SHA-256) sent again by the same organisation is
-- recognised and not imported twice; demand_ids lists the drafts it made, in the order of its rows.
create table demand_import (
    id            uuid         primary key,
    demander_uscc varchar(18)  not null,
    sha256        varchar(64)  not null,
    file_name     varchar(200) not null,
    demand_ids    uuid[]       not null,
    imported_by   varchar(200) not null,
    imported_at   timestamptz  not null,
    constraint demand_import_once unique (demander_uscc, sha256)
);
