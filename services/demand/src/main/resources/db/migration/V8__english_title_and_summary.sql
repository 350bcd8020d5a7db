-- issue 19: a demand may carry its title and problem in English, shown to English readers (the China–ASEAN platform).
alter table demand add column title_en varchar(200);
alter table demand add column summary_en varchar(2000);
