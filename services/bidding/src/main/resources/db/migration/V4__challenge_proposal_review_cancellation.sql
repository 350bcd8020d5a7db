-- Issue 17 (A1): what a challenge states (technical problem, goals, budget range, duration, field), who proposed it
-- (an enterprise from its own demand, or nobody: the operator made it), the operator's review, and cancellation.
alter table challenge
    add column problem          varchar(5000),
    add column goals            varchar(5000),
    add column budget_min       numeric(18, 2) check (budget_min >= 0),
    add column budget_max       numeric(18, 2) check (budget_max >= 0),
    add column duration_months  integer check (duration_months between 1 and 120),
    add column field            varchar(64),
    add column proposer_uscc    varchar(18),
    add column submitted_at     timestamptz,
    add column reviewed_by      varchar(200),
    add column return_reason    varchar(1000),
    add column returned_at      timestamptz,
    add column cancel_reason    varchar(1000),
    add column cancelled_by     varchar(200),
    add column cancelled_at     timestamptz,
    add constraint challenge_budget_range check (budget_min is null or budget_max is null or budget_min <= budget_max),
    add constraint challenge_cancel_reason check (cancelled_at is null or cancel_reason is not null);

-- challenges made before: the problem and field of their demand
update challenge c set problem = d.problem, field = d.industry, budget_min = d.budget_min, budget_max = d.budget_max
from known_demand d where d.id = c.demand_id;

alter table challenge alter column problem set not null, alter column field set not null;

-- the proposer's list (GET /challenges/proposed) and the operator's review queue (GET /challenges/submitted)
create index challenge_proposer on challenge (proposer_uscc, created_at desc) where proposer_uscc is not null;
create index challenge_review_queue on challenge (status, region_code, submitted_at) where status in ('SUBMITTED', 'UNDER_REVIEW');
