-- issue 19: a result may carry its title and summary in English, shown to English readers (the China–ASEAN platform).
alter table result add column title_en varchar(200);
alter table result add column summary_en varchar(2000);
