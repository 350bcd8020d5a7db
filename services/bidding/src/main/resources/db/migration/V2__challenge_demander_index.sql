-- The demander's view (GET /challenges/demanded): published challenges of one organisation's demands, newest first.
create index challenge_demander on challenge (demander_uscc, published_at desc) where published_at is not null;
