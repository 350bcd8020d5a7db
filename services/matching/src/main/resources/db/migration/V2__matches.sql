-- Computed matches (匹配推荐, issue 18): the content of a listing that matching needs (from ResultPublished and
-- DemandPublished; rows known before this migration have none until their next publication), and each listing's
-- suggestions on the other side.

alter table known_listing
    add column summary           text,
    add column industry          varchar(64),
    add column maturity          varchar(20),
    add column trl               integer,
    add column transfer_modes    text[]        not null default '{}',
    add column asking_price      numeric(18,2),
    add column price_negotiable  boolean       not null default false,
    add column budget_min        numeric(18,2),
    add column budget_max        numeric(18,2),
    add column cooperation_modes text[]        not null default '{}';

-- One suggestion: matched_id (a listing of the other side) fits listing_id, with a score 0-100, its rank in
-- listing_id's list (1 = best) and the reasons ([{code, terms, zh, en}], strongest first). The pair is kept on both
-- sides (A's list holds B and B's list holds A, same score and reasons); at most 20 per listing.
create table match_suggestion (
    listing_id    uuid          not null references known_listing (id),
    matched_id    uuid          not null references known_listing (id),
    listing_kind  varchar(10)   not null check (listing_kind in ('RESULT', 'DEMAND')),
    score         integer       not null check (score between 0 and 100),
    rank          integer       not null check (rank >= 1),
    reasons       jsonb         not null,
    computed_at   timestamptz   not null,
    primary key (listing_id, matched_id),
    check (listing_id <> matched_id)
);
create index match_suggestion_matched on match_suggestion (matched_id);
