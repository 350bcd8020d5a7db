-- Demo programmes of the kinds issue 16 added, for 2026 (the current year) and 2027, each with its terms as version 1
-- and its budget allocated through the ledger (Dr APPROPRIATION, Cr BUDGET), like V2's. Values are documented in the
-- service README. The province's contract programmes of V2 stay 免申即享 (granted on the registered 技术交易额);
-- 百色's own post-subsidy needs a claim with 付款凭证 and pays on what was actually paid.
do $$
declare
    y integer;
    p record;
    entry uuid;
begin
    for y in 2026..2027 loop
        for p in
            select * from (values
                ('HIGH_TECH_RECOGNITION_AWARD', 'HIGH_TECH_RECOGNITION',
                 '高新技术企业认定奖补', 'Award for recognised high-tech enterprises', '450000', 'AUTOMATIC', 'SUB_MARKET',
                 '自治区科技厅《关于第十三届全国人大第四次会议第2021293号建议的答复》：科技厅通过出台和实施高新技术企业认定补助等高企再倍增计划政策，加速高企的发展壮大。本项目对首次认定的高新技术企业给予10万元奖补，对重新认定的给予5万元奖补，免申即享。',
                 null::numeric, null::numeric, null::numeric, array[]::text[], null::numeric, null::numeric,
                 100000.00::numeric, 50000.00::numeric, 5000000.00::numeric),
                ('RD_EXPENSE_SUBSIDY', 'RD_EXPENSE',
                 '企业研发费用补助', 'Subsidy for enterprises'' R&D expenses', '450000', 'CLAIM', 'CITY_THEN_PROVINCE',
                 '《广西科技创新支撑产业高质量发展三年行动方案（2018—2020年）》（桂政发〔2018〕51号）：对高新技术企业在认定有效期内的研发投入给予补助。本项目按企业申报并经核实的年度研发费用的20%给予补助，每家企业每年度最高30万元；市级初审，省级复核。',
                 0.200000::numeric, null::numeric, null::numeric, array[]::text[], 300000.00::numeric, null::numeric,
                 null::numeric, null::numeric, 10000000.00::numeric),
                ('INNOVATION_VOUCHER', 'VOUCHER',
                 '科技创新券', 'Innovation vouchers', '450000', 'AUTOMATIC', 'SUB_MARKET',
                 '《广西科技创新“十四五”规划》（桂政发〔2021〕39号）：给予科技型中小企业创新券支持，推动科技创新券跨区域通用通兑。',
                 null::numeric, null::numeric, null::numeric, array[]::text[], null::numeric, null::numeric,
                 null::numeric, null::numeric, 3000000.00::numeric),
                ('BAISE_RESULT_TRANSFORMATION_POST_SUBSIDY', 'BUYER_POST_SUBSIDY',
                 '百色市企业购买科技成果转化后补助', 'Baise post-subsidy for enterprises buying and transforming results',
                 '451000', 'CLAIM', 'SUB_MARKET',
                 '《2022年百色市科技创新工作要点》：积极组织开展政策宣讲，协调推动各有关单位贯彻落实“百色科改21条”措施。本项目对百色市企业购买科技成果并转化的，按技术合同中实际支付的技术交易额的10%给予补助，单个合同最高20万元，每家企业每年度最高50万元，技术交易额不低于5万元；凭付款凭证申报，百色市科学技术局审核。',
                 0.100000::numeric, 200000.00::numeric, 50000.00::numeric, array['TRANSFER', 'LICENSE', 'DEVELOPMENT'],
                 500000.00::numeric, null::numeric, null::numeric, null::numeric, 2000000.00::numeric)
            ) as t(code, rule, name_zh, name_en, sub_market, grant_mode, approval, clause, rate, cap, minimum,
                   categories, year_cap, minimum_amount, fixed_amount, renewal_amount, budget)
        loop
            insert into programme (id, code, budget_year, rule, name_zh, name_en, policy_clause, rate,
                                   per_contract_cap, minimum_basis, eligible_categories, budget, created_at, version,
                                   sub_market, grant_mode, approval, per_beneficiary_year_cap, minimum_amount,
                                   fixed_amount, renewal_amount, effective_from, status)
            values (gen_random_uuid(), p.code, y, p.rule, p.name_zh, p.name_en, p.clause, p.rate, p.cap, p.minimum,
                    p.categories, p.budget, now(), 0, p.sub_market, p.grant_mode, p.approval, p.year_cap,
                    p.minimum_amount, p.fixed_amount, p.renewal_amount, make_date(y, 1, 1), 'OPEN');
            insert into programme_terms (id, programme_code, budget_year, version, effective_from, rate,
                                         per_contract_cap, minimum_basis, eligible_categories, policy_clause,
                                         grant_mode, approval, per_beneficiary_year_cap, minimum_amount,
                                         fixed_amount, renewal_amount, created_at)
            values (gen_random_uuid(), p.code, y, 1, make_date(y, 1, 1), p.rate, p.cap, p.minimum, p.categories,
                    p.clause, p.grant_mode, p.approval, p.year_cap, p.minimum_amount, p.fixed_amount,
                    p.renewal_amount, now());
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

-- The demo round of 2026 vouchers: 5万元 each, paying half of a technology service's fee to the provider (通兑),
-- for 科技型中小企业 anywhere in Guangxi; applications until the end of the year, redemption until mid-2027.
insert into voucher_round (id, programme_code, budget_year, name, face_value, mode, fee_share, apply_from, apply_to,
                           expires_on, eligible_qualification, sub_market, opened_by, created_at, version)
values ('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a01', 'INNOVATION_VOUCHER', 2026, '2026年度广西科技创新券（第一批）', 50000.00,
        'TONGDUI', 0.500000, date '2026-03-01', date '2026-12-31', date '2027-06-30', 'TECH_SME', '450000',
        '11450000000008344N', now(), 0);
