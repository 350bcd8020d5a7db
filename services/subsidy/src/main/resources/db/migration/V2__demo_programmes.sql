-- Demo programmes for 2026 (the current year) and 2027, with their budgets allocated through the ledger
-- (Dr APPROPRIATION:<code>:<year>, Cr BUDGET:<code>:<year>). Values are documented in the service README.
do $$
declare
    y integer;
    p record;
    entry uuid;
begin
    for y in 2026..2027 loop
        for p in
            select * from (values
                ('RESULT_TRANSFORMATION_POST_SUBSIDY', 'BUYER_POST_SUBSIDY',
                 '企业购买科技成果转化后补助', 'Post-subsidy for enterprises buying and transforming results',
                 '《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）：对企业引进科技成果并转化应用的，给予技术交易金额最高50%的奖励性后补助；《广西企业购买科技成果转化后补助管理办法》：按技术合同中实际发生的技术交易额的一定比例给予补助。本年度按20%核算，单个合同最高50万元，技术交易额不低于10万元。',
                 0.200000::numeric, 500000.00::numeric, 100000.00::numeric,
                 array['TRANSFER', 'LICENSE', 'DEVELOPMENT'], 10000000.00::numeric),
                ('INTERMEDIARY_SUBSIDY', 'INTERMEDIARY',
                 '技术转移中介机构补助', 'Subsidy for technology transfer intermediaries',
                 '《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）：给予技术转移中介机构促成技术交易的技术交易额1%的补助。',
                 0.010000::numeric, null::numeric, null::numeric,
                 array['DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE'], 2000000.00::numeric),
                ('REGISTRATION_BODY_SUBSIDY', 'REGISTRATION_BODY',
                 '技术合同登记机构补助', 'Subsidy for technical contract registration bodies',
                 '《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）：给予技术合同登记机构完成的技术合同认定登记额1‰的补助。',
                 0.001000::numeric, null::numeric, null::numeric,
                 array['DEVELOPMENT', 'TRANSFER', 'LICENSE', 'CONSULTING', 'SERVICE'], 500000.00::numeric)
            ) as t(code, rule, name_zh, name_en, clause, rate, cap, minimum, categories, budget)
        loop
            insert into programme (id, code, budget_year, rule, name_zh, name_en, policy_clause, rate,
                                   per_contract_cap, minimum_basis, eligible_categories, budget, created_at, version)
            values (gen_random_uuid(), p.code, y, p.rule, p.name_zh, p.name_en, p.clause, p.rate, p.cap, p.minimum,
                    p.categories, p.budget, now(), 0);
            insert into ledger_account (code, kind, programme_code, budget_year, created_at)
            values ('APPROPRIATION:' || p.code || ':' || y, 'APPROPRIATION', p.code, y, now()),
                   ('BUDGET:' || p.code || ':' || y, 'BUDGET', p.code, y, now());
            entry := gen_random_uuid();
            insert into journal_entry (id, kind, description, posted_at)
            values (entry, 'ALLOCATION', y || '年度' || p.name_zh || '预算下达 (demo budget)', now());
            insert into journal_line (entry_id, line_no, account_code, amount)
            values (entry, 1, 'APPROPRIATION:' || p.code || ':' || y, p.budget),
                   (entry, 2, 'BUDGET:' || p.code || ':' || y, -p.budget);
        end loop;
    end loop;
end
$$;
