-- 撮合 (matching): the published listings this service knows from their owners' events, and the expressions of
-- interest (意向洽谈) between a listing's owner and an interested organisation.

-- A result (catalogue.results.v1) or a demand (demand.demands.v1) as last published; open = not withdrawn; a demand
-- is on the market until its deadline (China date) too.
create table known_listing (
    id                uuid          primary key,
    kind              varchar(10)   not null check (kind in ('RESULT', 'DEMAND')),
    title             varchar(200)  not null,
    region_code       varchar(6)    not null,
    owner_uscc        varchar(18)   not null,
    owner_name        varchar(200)  not null,
    owner_kind        varchar(20)   not null,
    owner_region      varchar(6)    not null,
    owner_parent_uscc varchar(18),
    deadline          date,
    open              boolean       not null,
    published_at      timestamptz   not null,
    closed_at         timestamptz,
    received_at       timestamptz   not null,
    version           bigint        not null
);

-- One conversation between the listing's owner and one interested organisation (and an invited broker).
create table interest (
    id                     uuid          primary key,
    listing_id             uuid          not null references known_listing (id),
    listing_kind           varchar(10)   not null,
    listing_title          varchar(200)  not null,
    listing_region         varchar(6)    not null,
    owner_uscc             varchar(18)   not null,
    owner_name             varchar(200)  not null,
    owner_kind             varchar(20)   not null,
    owner_region           varchar(6)    not null,
    owner_parent_uscc      varchar(18),
    interested_uscc        varchar(18)   not null,
    interested_name        varchar(200)  not null,
    interested_kind        varchar(20)   not null,
    interested_region      varchar(6)    not null,
    interested_parent_uscc varchar(18),
    broker_uscc            varchar(18),
    broker_name            varchar(200),
    broker_kind            varchar(20),
    broker_region          varchar(6),
    broker_parent_uscc     varchar(18),
    broker_invited_by      varchar(18),
    state                  varchar(10)   not null check (state in ('OPEN', 'CLOSED')),
    created_at             timestamptz   not null,
    answered_at            timestamptz,
    message_count          integer       not null,
    last_message_at        timestamptz   not null,
    closed_at              timestamptz,
    closed_by              varchar(18),
    version                bigint        not null
);

-- One open conversation per listing and interested organisation (a second one is 409 INTEREST_ALREADY_OPEN).
create unique index interest_one_open on interest (listing_id, interested_uscc) where state = 'OPEN';
create index interest_owner on interest (owner_uscc, last_message_at desc);
create index interest_interested on interest (interested_uscc, last_message_at desc);
create index interest_broker on interest (broker_uscc, last_message_at desc) where broker_uscc is not null;
create index interest_region on interest (listing_region, state);

-- What was written in a conversation, in order: a message, or a contact the owner's side shared at that moment.
create table interest_message (
    id             uuid          primary key,
    interest_id    uuid          not null references interest (id),
    seq            integer       not null,
    kind           varchar(10)   not null check (kind in ('MESSAGE', 'CONTACT')),
    author_uscc    varchar(18)   not null,
    author_org     varchar(200)  not null,
    author_name    varchar(200)  not null,
    body           varchar(4000),
    contact_name   varchar(100),
    contact_phone  varchar(30),
    contact_email  varchar(254),
    written_at     timestamptz   not null,
    unique (interest_id, seq)
);
