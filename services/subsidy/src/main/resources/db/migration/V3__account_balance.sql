-- The balance of every ledger account, kept by the database as lines are posted, so that reading a balance and
-- refusing to overdraw a budget cost one row, not a sum over every line the account ever had (a programme's budget
-- account gets one line per grant: tens of thousands a year). ADR 0012.
--
-- A table of its own rather than a column on ledger_account: ledger_account rows are immutable (a trigger refuses
-- UPDATE), and a balance that changes with every line has nothing to do with the account's identity.

-- Accounts and lines posted while this runs would be missed by the backfill: hold them off until it commits.
lock table ledger_account, journal_line in share row exclusive mode;

-- (code, kind) is unique because code is; the pair lets account_balance carry the kind its CHECK needs, and the
-- database vouch for it.
alter table ledger_account add constraint ledger_account_code_kind unique (code, kind);

create table account_balance (
    account_code varchar(150)   primary key,
    kind         varchar(20)    not null,
    -- debit positive, credit negative, like the lines: the sum of the account's lines
    balance      numeric(18, 2) not null,
    line_count   bigint         not null check (line_count >= 0),
    updated_at   timestamptz    not null,
    constraint account_balance_account foreign key (account_code, kind) references ledger_account (code, kind),
    -- a budget's balance is a credit: what is left of it. Checked on every line, not only at commit: Ledger.post
    -- refuses a budget debit larger than what is left at that moment, so no entry written today takes a budget
    -- below zero even for a moment, and the refusal names the line that would.
    constraint account_balance_budget_not_overdrawn check (kind <> 'BUDGET' or balance <= 0)
) with (fillfactor = 50); -- room on each page for the next versions of its rows (HOT updates, one per line posted)

insert into account_balance (account_code, kind, balance, line_count, updated_at)
select a.code, a.kind, coalesce(sum(l.amount), 0), count(l.account_code), now()
  from ledger_account a left join journal_line l on l.account_code = a.code
 group by a.code, a.kind;

-- Every account gets its balance row when it is opened, at zero; each line then only updates that row. (Not an
-- upsert from the line: PostgreSQL checks the row an INSERT ... ON CONFLICT proposes before it finds the conflict,
-- so a budget debit would fail the CHECK as if it were the account's first line.)
create function ledger_account_opens_balance() returns trigger language plpgsql as $$
begin
    insert into account_balance (account_code, kind, balance, line_count, updated_at)
    values (new.code, new.kind, 0, 0, now());
    return null;
end
$$;

create trigger ledger_account_opens_balance after insert on ledger_account
    for each row execute function ledger_account_opens_balance();

-- Each line adds its amount to its account's row, in the transaction that posts it. Two transactions posting to the
-- same account queue on that row until the first ends; the second then adds to what the first committed (an UPDATE
-- that waited re-reads the row), and the budget CHECK sees the sum of both.
create function journal_line_keeps_balance() returns trigger language plpgsql as $$
begin
    update account_balance
       set balance = balance + new.amount, line_count = line_count + 1, updated_at = now()
     where account_code = new.account_code;
    if not found then
        raise exception 'ledger account % has no balance row', new.account_code using errcode = '55000';
    end if;
    return null;
end
$$;

create trigger journal_line_keeps_balance after insert on journal_line
    for each row execute function journal_line_keeps_balance();

-- Only those two triggers write account_balance. The application connects as the tables' owner, so privileges
-- cannot stop it; instead a write is refused unless it is made from inside a trigger (pg_trigger_depth() is 1 in
-- this guard for a statement a client sent, 2 for the statements above). A repair would disable it explicitly.
create function account_balance_is_kept() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') and pg_trigger_depth() > 1 then
        return new;
    end if;
    raise exception 'account_balance is kept by the ledger: % on it is refused; post a journal entry instead', tg_op
        using errcode = '55000';
end
$$;

create trigger account_balance_kept before insert or update or delete on account_balance
    for each row execute function account_balance_is_kept();
create trigger account_balance_no_truncate before truncate on account_balance
    for each statement execute function account_balance_is_kept();

-- The entry check no longer sums a budget account's lines: account_balance_budget_not_overdrawn does that job.
create or replace function journal_line_check() returns trigger language plpgsql as $$
declare
    entry_total numeric;
    entry_lines integer;
begin
    select coalesce(sum(amount), 0), count(*) into entry_total, entry_lines
      from journal_line where entry_id = new.entry_id;
    if entry_total <> 0 or entry_lines < 2 then
        raise exception 'journal entry % does not balance (% lines, sum %)', new.entry_id, entry_lines, entry_total
            using errcode = '23514';
    end if;
    return null;
end
$$;

-- Reconciliation: the accounts whose kept balance or line count differs from their lines (or that have no balance
-- row). Empty when all is well.
create view account_balance_discrepancy as
select a.code                      as account_code,
       k.balance                   as kept_balance,
       coalesce(s.balance, 0)      as line_balance,
       k.line_count                as kept_line_count,
       coalesce(s.line_count, 0)   as line_count
  from ledger_account a
  left join account_balance k on k.account_code = a.code
  left join (select account_code, sum(amount) as balance, count(*) as line_count
               from journal_line group by account_code) s on s.account_code = a.code
 where k.account_code is null
    or k.balance <> coalesce(s.balance, 0) or k.line_count <> coalesce(s.line_count, 0);
