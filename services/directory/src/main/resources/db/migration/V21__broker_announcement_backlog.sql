-- The 技术经理人 entered before directory.BrokerChanged existed: announced once at the service's start
-- (BrokerAnnouncements), then taken off here. Brokers from now on announce every change of a published fact
-- themselves and never enter this table.
create table broker_announcement_backlog (
    broker_id uuid primary key
);
insert into broker_announcement_backlog (broker_id) select id from broker;
