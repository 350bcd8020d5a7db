-- Events of vouchers and budgets (subsidy.VoucherIssued/Redeemed/Expired.v1, subsidy.BudgetChanged.v1).
--
-- A voucher names its holder and its provider as parties (USCC, name, kind, region), so it keeps their kind (机构类型)
-- as the directory gave it, beside the name and region it kept already. Vouchers are issued to 科技型中小企业 only
-- (the enterprise role applies), so the vouchers issued before are an enterprise's; a provider chosen before has no
-- kind kept, and its redemption takes the kind from the directory, which it consults for the provider anyway.
alter table voucher
    add column holder_kind   varchar(20),
    add column provider_kind varchar(20);

update voucher set holder_kind = 'ENTERPRISE';

alter table voucher
    alter column holder_kind set not null,
    add constraint voucher_holder_kind check (holder_kind in ('UNIVERSITY', 'INSTITUTE', 'ENTERPRISE', 'AGENCY',
        'REGISTRY', 'GOVERNMENT', 'SOCIETY')),
    add constraint voucher_provider_kind check (provider_kind is null or provider_kind in ('UNIVERSITY', 'INSTITUTE',
        'ENTERPRISE', 'AGENCY', 'REGISTRY', 'GOVERNMENT', 'SOCIETY'));

-- The programme-year's budget changes, counted: every posting on its BUDGET account and every opening adds one in
-- the transaction of the change (Budgets' BudgetChanges), and subsidy.BudgetChanged.v1 carries the count as its
-- version, so a consumer keeps the latest figures whatever order it hears them in. Not mapped by Hibernate: only
-- that one statement (update … set budget_version = budget_version + 1 … returning) writes it.
alter table programme add column budget_version bigint not null default 0 check (budget_version >= 0);
