-- A closing reason takes what a rejection or a withdrawal reason takes (1,000 characters; issue 13's text limits).
-- varchar counts characters, so 1,000 Chinese characters fit.
alter table demand alter column close_reason type varchar(1000);
