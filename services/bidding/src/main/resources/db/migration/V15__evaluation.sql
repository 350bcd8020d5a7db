-- 评审办法 of a challenge (bidding.evaluation): set before publication, immutable after it. Weights are percentages of
-- the total score; the price weight and the criteria's weights add up to 100 (checked by the service).
create table evaluation_method (
    id            uuid          primary key references challenge (id),
    price_weight  numeric(5, 2) not null check (price_weight > 0 and price_weight < 100),
    set_by        varchar(200)  not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null
);

create table evaluation_criterion (
    method_id  uuid          not null references evaluation_method (id),
    number     int           not null check (number between 1 and 10),
    name_zh    varchar(100)  not null,
    name_en    varchar(100)  not null,
    weight     numeric(5, 2) not null check (weight > 0 and weight < 100),
    primary key (method_id, number)
);

-- One challenge's qualification and evaluation: when qualification opened and its results were complete, the
-- expert panel the directory drew (its id there, the seed, who was drawn and who was avoided and why), when every
-- score was in (the ranking is made known), and the counterparty's reason for departing from the top-ranked bid.
create table evaluation (
    id                        uuid          primary key references challenge (id),
    qualification_opened_at   timestamptz   not null,
    qualification_opened_by   varchar(200)  not null,
    qualified_at              timestamptz,
    panel_id                  varchar(64),
    panel_seed                bigint,
    panel_drawn_at            timestamptz,
    panel_drawn_by            varchar(200),
    ranked_at                 timestamptz,
    departure_reason          varchar(2000),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null
);

create table evaluation_panel_expert (
    evaluation_id      uuid          not null references evaluation (id),
    expert_id          varchar(64)   not null,
    name               varchar(200)  not null,
    organisation_uscc  varchar(18),
    organisation_name  varchar(200),
    primary key (evaluation_id, expert_id)
);

create table evaluation_avoided_expert (
    evaluation_id      uuid          not null references evaluation (id),
    expert_id          varchar(64)   not null,
    name               varchar(200)  not null,
    organisation_uscc  varchar(18),
    party_uscc         varchar(18)   not null,
    reason             varchar(40)   not null,
    relation           varchar(20)   not null,
    declared_uscc      varchar(18),
    declared_kind      varchar(40)
);

create index evaluation_avoided_expert_of on evaluation_avoided_expert (evaluation_id);

-- 资格审查: the operator's decision on each bid (or NOT_RECONFIRMED, made automatically for an invalidated bid).
create table qualification_decision (
    id             uuid           primary key references bid (id),
    challenge_id   uuid           not null references challenge (id),
    qualified      boolean        not null,
    reason         varchar(40),
    note           varchar(2000),
    decided_by     varchar(200)   not null,
    created_at     timestamptz    not null,
    version        bigint         not null,
    constraint qualification_decision_reason check (qualified = (reason is null))
);

create index qualification_decision_of on qualification_decision (challenge_id);

-- One expert's scores of one qualified bid: each criterion 0–100 with two decimals, and a comment. Once, unless a
-- satisfied complaint against the ranking voided the sheets (kept, with when they were voided) and the panel scores
-- again.
create table score_sheet (
    id             uuid           primary key,
    challenge_id   uuid           not null references challenge (id),
    bid_id         uuid           not null references bid (id),
    expert_id      varchar(64)    not null,
    expert_name    varchar(200)   not null,
    comment        varchar(2000)  not null,
    created_at     timestamptz    not null,
    voided_at      timestamptz,
    version        bigint         not null
);

create unique index score_sheet_once on score_sheet (bid_id, expert_id) where voided_at is null;

create index score_sheet_of on score_sheet (challenge_id);

create table score_sheet_criterion (
    sheet_id   uuid          not null references score_sheet (id),
    number     int           not null,
    score      numeric(5, 2) not null check (score between 0 and 100),
    primary key (sheet_id, number)
);

-- 质疑: a bidder's complaint against the qualification of its bid or the ranking, and the operator's decision.
create table complaint (
    id                uuid           primary key,
    challenge_id      uuid           not null references challenge (id),
    bid_id            uuid           not null references bid (id),
    complainant_uscc  varchar(18)    not null,
    complainant_name  varchar(200)   not null,
    subject           varchar(20)    not null,
    grounds           varchar(5000)  not null,
    status            varchar(30)    not null,
    filed_by          varchar(200)   not null,
    decision_reason   varchar(2000),
    decided_by        varchar(200),
    decided_at        timestamptz,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null,
    version           bigint         not null
);

create index complaint_of on complaint (challenge_id, created_at);
