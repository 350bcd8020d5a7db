-- 联合体揭榜 (issue 17): every organisation taking part in a bid, the lead (the bidding organisation, position 0)
-- and its consortium members, as the directory knew them at submission. An organisation takes part in at most one
-- bid per challenge, as lead or as member, withdrawn bids included (as bid_one_per_bidder keeps it for the lead).
create table bid_participant (
    bid_id       uuid          not null references bid (id),
    position     integer       not null check (position between 0 and 10),
    challenge_id uuid          not null references challenge (id),
    role         varchar(10)   not null check (role in ('LEAD', 'MEMBER')),
    uscc         varchar(18)   not null,
    name         varchar(200)  not null,
    kind         varchar(20)   not null,
    region       varchar(6)    not null,
    parent_uscc  varchar(18),
    primary key (bid_id, position),
    constraint bid_participant_once unique (challenge_id, uscc),
    constraint bid_participant_lead_first check ((position = 0) = (role = 'LEAD'))
);

-- the bids an organisation takes part in (GET /bids/mine, sealed views)
create index bid_participant_uscc on bid_participant (uscc);

insert into bid_participant (bid_id, position, challenge_id, role, uscc, name, kind, region, parent_uscc)
select id, 0, challenge_id, 'LEAD', bidder_uscc, bidder_name, bidder_kind, bidder_region, bidder_parent_uscc
from bid;

-- 团队成员 of a bid: at most 30, in the order the bidder listed them.
create table bid_team_member (
    bid_id   uuid          not null references bid (id),
    position integer       not null check (position between 0 and 29),
    name     varchar(100)  not null,
    title    varchar(100)  not null,
    role     varchar(200)  not null,
    primary key (bid_id, position)
);

-- the challenge version the bid was made (or last reconfirmed) on; when it was withdrawn or reconfirmed
alter table bid add column challenge_version bigint,
                add column withdrawn_at timestamptz,
                add column reconfirmed_at timestamptz;
