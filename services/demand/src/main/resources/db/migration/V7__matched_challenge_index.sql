-- A challenge cancelled (撤榜) or failed (流标) reopens the demand it matched: found by matched_challenge_id.
create index demand_matched_challenge on demand (matched_challenge_id) where matched_challenge_id is not null;
