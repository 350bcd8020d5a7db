-- Search moves to the search index, a read model of this table kept by each instance (ADR 0030): the tsvector
-- column and its GIN index are no longer written or read.
drop index if exists result_search;
alter table result drop column if exists search_vector;
