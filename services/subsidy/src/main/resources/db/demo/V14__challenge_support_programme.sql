-- The demo 揭榜挂帅 support programme (issue 17), for 2026 (the current year) and 2027, as V13's: terms as version 1,
-- budget allocated through the ledger (Dr APPROPRIATION, Cr BUDGET). 免申即享: each milestone the operator accepts
-- (bidding's MilestoneAccepted) releases exactly its part of the province's support agreed in the 揭榜协议 to the
-- winner (揭榜方). The province's programme covers every sub-market. Values are documented in the service README.
do $$
declare
    y integer;
    entry uuid;
    p_code constant text := 'CHALLENGE_SUPPORT';
    p_clause constant text := '《广西科技项目揭榜制工作实施办法（试行）》（桂科政字〔2020〕81号）：自治区财政资金按项目研发投入总额给予一定比例的资金支持。本项目按揭榜协议约定的自治区支持资金，在每个里程碑验收后拨付该里程碑的支持金额，免申即享。';
    p_budget constant numeric := 20000000.00;
begin
    for y in 2026..2027 loop
        insert into programme (id, code, budget_year, rule, name_zh, name_en, policy_clause, rate, per_contract_cap,
                               minimum_basis, eligible_categories, budget, created_at, version, sub_market, grant_mode,
                               approval, per_beneficiary_year_cap, minimum_amount, fixed_amount, renewal_amount,
                               effective_from, status)
        values (gen_random_uuid(), p_code, y, 'CHALLENGE_SUPPORT', '揭榜挂帅项目支持', '揭榜 (open-competition) challenge support',
                p_clause, 0.200000, null, null, array[]::text[], p_budget, now(), 0, '450000', 'AUTOMATIC', 'SUB_MARKET',
                null, null, null, null, make_date(y, 1, 1), 'OPEN');
        insert into programme_terms (id, programme_code, budget_year, version, effective_from, rate, per_contract_cap,
                                     minimum_basis, eligible_categories, policy_clause, grant_mode, approval,
                                     per_beneficiary_year_cap, minimum_amount, fixed_amount, renewal_amount,
                                     created_at)
        values (gen_random_uuid(), p_code, y, 1, make_date(y, 1, 1), 0.200000, null, null, array[]::text[], p_clause,
                'AUTOMATIC', 'SUB_MARKET', null, null, null, null, now());
        insert into ledger_account (code, kind, programme_code, budget_year, created_at)
        values ('APPROPRIATION:' || p_code || ':' || y, 'APPROPRIATION', p_code, y, now()),
               ('BUDGET:' || p_code || ':' || y, 'BUDGET', p_code, y, now());
        entry := gen_random_uuid();
        insert into journal_entry (id, kind, description, posted_at)
        values (entry, 'ALLOCATION', y || '年度揭榜挂帅项目支持预算下达 (demo budget)', now());
        insert into journal_line (entry_id, line_no, account_code, amount)
        values (entry, 1, 'APPROPRIATION:' || p_code || ':' || y, p_budget),
               (entry, 2, 'BUDGET:' || p_code || ':' || y, -p_budget);
    end loop;
end
$$;
