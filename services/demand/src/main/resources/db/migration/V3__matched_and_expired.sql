-- The demand lifecycle completed (issue 18): what matched a demand (a 揭榜挂帅 challenge published from it, or a
-- technical contract drafted for it) and when the expiry job ended it.
alter table demand
    add column matched_challenge_id uuid,
    add column matched_contract_id  uuid,
    add column matched_at           timestamptz,
    add column expired_at           timestamptz,
    add constraint demand_matched_by_one check (matched_challenge_id is null or matched_contract_id is null),
    add constraint demand_matched_has_source check (
        status <> 'MATCHED' or (matched_at is not null
            and (matched_challenge_id is not null or matched_contract_id is not null))),
    add constraint demand_expired_has_time check (status <> 'EXPIRED' or expired_at is not null);

-- The expiry job's scan: published demands by deadline.
create index demand_expiry on demand (deadline, id) where status = 'PUBLISHED';
