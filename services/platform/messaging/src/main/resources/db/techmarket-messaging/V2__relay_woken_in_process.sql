-- The relay is no longer woken by NOTIFY: a notifying transaction holds a database-wide lock from its commit until
-- the commit is durable, so every transaction with events committed one at a time, each waiting for its own WAL
-- flush. The service wakes its relay in process when such a transaction commits, and the relay polls for the rest
-- (docs/adr/0009).
drop trigger if exists outbox_notify on outbox;
drop function if exists outbox_notify();
