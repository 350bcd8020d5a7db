-- issue 19, open data (开放数据): what the events say of each published listing, for the public API and its bulk
-- downloads — never a contact or a person (the events carry none) — and the change feed of listings published and
-- ended, in the order the live consumer took them, that the national technology transfer network polls with a cursor.
alter table listing_fact add column title varchar(200);
alter table listing_fact add column summary text;
alter table listing_fact add column owner_name varchar(200);
alter table listing_fact add column maturity varchar(20);
alter table listing_fact add column modes varchar(300);
alter table listing_fact add column asking_price numeric(18, 2);
alter table listing_fact add column price_negotiable boolean;
alter table listing_fact add column budget_min numeric(18, 2);
alter table listing_fact add column budget_max numeric(18, 2);
alter table listing_fact add column deadline date;
create index listing_fact_open on listing_fact (generation, kind, published_at) where status = 'PUBLISHED';

-- The change feed is a log, not a fact: appended once per event by the live consumer (the event id keeps it once),
-- kept across rebuilds, so a cursor stays valid for ever.
create table open_change (
    seq         bigserial primary key,
    event_id    uuid not null unique,
    listing_id  uuid not null,
    kind        varchar(6) not null check (kind in ('RESULT', 'DEMAND')),
    change      varchar(10) not null check (change in ('PUBLISHED', 'WITHDRAWN', 'MATCHED', 'CLOSED', 'EXPIRED')),
    changed_at  timestamptz not null
);
