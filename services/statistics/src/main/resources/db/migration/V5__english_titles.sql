-- 英文名称 / 英文摘要 of a published listing (catalogue.ResultPublished titleEn/summaryEn, demand.DemandPublished
-- titleEn/problemEn; issue 19): kept with what the publication made public, served by the open data
alter table listing_fact add column title_en varchar(200), add column summary_en text;
