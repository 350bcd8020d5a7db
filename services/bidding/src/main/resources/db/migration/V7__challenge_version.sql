-- Issue 17 (A1): versioned challenges. Each edit of a published challenge by its operator makes a new version; every
-- version keeps the full content (jsonb), who made it, when and why, and which fields changed. Version 1 is the
-- content as published (recorded at the first edit). Bids in competition at an edit are invalidated.
create table challenge_version (
    challenge_id   uuid          not null references challenge (id),
    number         integer       not null check (number >= 1),
    content        jsonb         not null,
    changed_fields text[]        not null,
    reason         varchar(1000),
    edited_by      varchar(200)  not null,
    edited_at      timestamptz   not null,
    deadline_moved boolean       not null,
    primary key (challenge_id, number),
    constraint challenge_version_reason check (number = 1 or reason is not null)
);

alter table challenge
    add column revision           integer not null default 1 check (revision >= 1),
    -- the deadline the operator asked for when the 7-day rule moved it later, null otherwise
    add column requested_deadline timestamptz;
