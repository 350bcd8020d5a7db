-- 关键词 of a result (issue 18, relevance): what the holder names it by besides the title; searched with weight 2
-- (ResultSearchSchema). Results written before have none.
alter table result add column keywords text[] not null default '{}';
