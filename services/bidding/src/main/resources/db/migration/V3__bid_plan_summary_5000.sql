-- A 揭榜方案 summary holds 5,000 characters, as every description in the market does (the API accepts as many).
alter table bid alter column plan_summary type varchar(5000);
