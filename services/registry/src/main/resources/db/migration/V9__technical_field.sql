-- 技术领域 of a contract (issue 19: statistics by technical field): the market's industry code (the same open set as
-- results, demands and brokers), as the seller declared it in its filing or, for a contract brokered for a published
-- result, the result's industry. Null when none was stated (contracts filed before this version).
alter table contract add column technical_field varchar(64);
-- the industry of a published result, from catalogue.ResultPublished (null for results learnt before this version)
alter table known_result add column industry varchar(64);
-- the account (identity provider subject) of the 技术经理人 who drafted a brokered contract: the key of the broker
-- performance record in the statistics (registry.ContractRegistered brokerAccount); null for other contracts
alter table contract add column broker_account varchar(64);
