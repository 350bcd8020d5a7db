-- A demand that left the market (demand.demands.v1): closed by its demander (DemandClosed), expired after its deadline
-- (DemandExpired) or matched by a technical contract drafted for it (DemandMatched with a contract). All three are
-- final in the demand service: no challenge is made or proposed from such a demand. (Matched by a challenge is this
-- service's own business: no second one while it is live.)
alter table known_demand
    add column off_market    varchar(10) check (off_market in ('CLOSED', 'EXPIRED', 'MATCHED')),
    add column off_market_at timestamptz;
