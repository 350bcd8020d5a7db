package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.projection.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Subsidies (granted, claimed, paid) per programme or city, and the agencies' (技术转移机构) brokered contracts. */
@ApplicationScoped
public class MoneyStatistics {

    private final Sql sql;
    private final Generations generations;

    MoneyStatistics(Sql sql, Generations generations) {
        this.sql = sql;
        this.generations = generations;
    }

    /** {@code by}: {@code programme} (default) or {@code city} of the beneficiary. */
    public List<SubsidyRow> subsidies(int year, SubMarket market, String by) {
        String key;
        boolean city;
        if (by == null || by.equals("programme")) {
            key = "programme_code";
            city = false;
        } else if (by.equals("city")) {
            city = true;
            key = null;
        } else {
            throw ProblemException.badRequest("UNKNOWN_DIMENSION", by, "programme, city")
                    .withField("by", "UNKNOWN_DIMENSION");
        }
        int generation = generations.live();
        List<Object> args = new ArrayList<>();
        String zero = "0, 0::numeric, 0, 0::numeric, 0, 0::numeric, 0::numeric";
        String noVouchers = "0, 0::numeric, 0, 0::numeric, 0, 0::numeric";
        String text = "select k, sum(gc), sum(ga), sum(cc), sum(ca), sum(pc), sum(pg), sum(pn), "
                + "sum(vi), sum(vv), sum(vr), sum(vra), sum(ve), sum(vret) from ("
                + part(city ? cityOf("beneficiary_region") : key,
                        "1 as gc, amount as ga, 0 as cc, 0::numeric as ca, 0 as pc, 0::numeric as pg, "
                                + "0::numeric as pn, 0 as vi, 0::numeric as vv, 0 as vr, 0::numeric as vra, 0 as ve, "
                                + "0::numeric as vret",
                        "grant_fact", "beneficiary_region", market, generation, year, args, "true")
                + " union all "
                + part(city ? cityOf("beneficiary_region") : key, "0, 0::numeric, 1, amount, 0, 0::numeric, 0::numeric, "
                        + noVouchers, "claim_fact", "beneficiary_region", market, generation, year, args,
                        "decision = 'APPROVED'")
                + " union all "
                + part(city ? cityOf("payee_region") : key, "0, 0::numeric, 0, 0::numeric, 1, gross_amount, net_amount, "
                        + noVouchers, "payment_fact", "payee_region", market, generation, year, args, "true")
                + " union all "
                // 创新券 by the holder's region: issued, then redeemed or expired; what went back to the budget
                + part(city ? cityOf("holder_region") : key, zero + ", 1, face_value, "
                        + "case when status = 'REDEEMED' then 1 else 0 end, coalesce(redeemed_amount, 0), "
                        + "case when status = 'EXPIRED' then 1 else 0 end, coalesce(returned_amount, 0)",
                        "voucher_fact", "holder_region", market, generation, year, args, "true")
                + ") t group by k order by k nulls last";
        Map<String, Object[]> budgets = city ? Map.of() : budgets(generation, year, market);
        List<SubsidyRow> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] r : sql.rows(text, args)) {
            String k = (String) r[0];
            seen.add(k);
            rows.add(row(k, city, r, budgets.get(k)));
        }
        // a programme of the caller's sub-market with a budget but nothing granted or issued yet still shows
        for (Map.Entry<String, Object[]> b : budgets.entrySet()) {
            if (!seen.contains(b.getKey())) {
                rows.add(row(b.getKey(), false, new Object[14], b.getValue()));
            }
        }
        rows.sort(java.util.Comparator.comparing(SubsidyRow::key, java.util.Comparator.nullsLast(String::compareTo)));
        return rows;
    }

    private static SubsidyRow row(String k, boolean city, Object[] r, Object[] budget) {
        Labels.Label label = city ? Labels.region(k) : new Labels.Label(k, k);
        return new SubsidyRow(k, label.zh(), label.en(), n(r[1]), money(r[2]), n(r[3]), money(r[4]), n(r[5]),
                money(r[6]), money(r[7]), n(r[8]), money(r[9]), n(r[10]), money(r[11]), n(r[12]), money(r[13]),
                budget == null ? null : (String) budget[0], budget == null ? null : money(budget[1]),
                budget == null ? null : money(budget[2]));
    }

    /**
     * The budgets of the year's programmes of the caller's sub-market (a programme's 预算 and 剩余 are its
     * sub-market's to see: a city operator sees its own programmes' budgets, the province all), summed per code.
     */
    private Map<String, Object[]> budgets(int generation, int year, SubMarket market) {
        List<Object> args = new ArrayList<>();
        args.add(generation);
        args.add(year);
        Map<String, Object[]> budgets = new java.util.LinkedHashMap<>();
        for (Object[] r : sql.rows("select programme_code, min(sub_market), sum(budget), sum(available) "
                + "from budget_fact where generation = ? and budget_year = ? and "
                + Access.condition(market, "sub_market") + " group by programme_code", args)) {
            budgets.put((String) r[0], new Object[] {r[1], r[2], r[3]});
        }
        return budgets;
    }

    /** Agencies by 技术交易额 brokered in the period, largest first; the agency's own region counts for the scope. */
    public List<BrokerRow> brokers(Period period, SubMarket market) {
        List<Object> args = new ArrayList<>();
        args.add(generations.live());
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        List<BrokerRow> rows = new ArrayList<>();
        for (Object[] r : sql.rows("select intermediary_uscc, max(intermediary_name), max(intermediary_region), "
                + "count(*), coalesce(sum(total_amount), 0), coalesce(sum(technology_amount), 0) from contract_fact "
                + "where generation = ? and status = 'REGISTERED' and registered_on between ? and ? "
                + "and intermediary_uscc is not null and " + Access.condition(market, "intermediary_region")
                + " group by intermediary_uscc order by 6 desc, 1", args)) {
            String region = (String) r[2];
            rows.add(new BrokerRow((String) r[0], (String) r[1], region, Labels.region(region).zh(), n(r[3]),
                    money(r[4]), money(r[5])));
        }
        return rows;
    }

    /**
     * 技术经理人 by 技术交易额 of the registered contracts they drafted in the period, largest first, named as the
     * directory's latest announcement names the account; scoped by the agency's region like the agencies' figure.
     */
    public List<BrokerPersonRow> brokerPeople(Period period, SubMarket market) {
        List<Object> args = new ArrayList<>();
        args.add(generations.live());
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        List<BrokerPersonRow> rows = new ArrayList<>();
        for (Object[] r : sql.rows("select c.broker_account, "
                + "(select b.name from broker_fact b where b.generation = c.generation "
                + "and b.account_subject = c.broker_account order by b.changed_at desc, b.broker_id limit 1), "
                + "(select b.certificate_number from broker_fact b where b.generation = c.generation "
                + "and b.account_subject = c.broker_account order by b.changed_at desc, b.broker_id limit 1), "
                + "c.intermediary_uscc, max(c.intermediary_name), max(c.intermediary_region), count(*), "
                + "coalesce(sum(c.total_amount), 0), coalesce(sum(c.technology_amount), 0) from contract_fact c "
                + "where c.generation = ? and c.status = 'REGISTERED' and c.registered_on between ? and ? "
                + "and c.broker_account is not null and " + Access.condition(market, "c.intermediary_region")
                + " group by c.generation, c.broker_account, c.intermediary_uscc order by 9 desc, 1, 4", args)) {
            String region = (String) r[5];
            rows.add(new BrokerPersonRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    region, region == null ? null : Labels.region(region).zh(), n(r[6]), money(r[7]), money(r[8])));
        }
        return rows;
    }

    private static String cityOf(String column) {
        return "case when " + column + " like '45%' then substr(" + column + ", 1, 4) || '00' else substr(" + column
                + ", 1, 2) || '0000' end";
    }

    private static String part(String key, String columns, String table, String regionColumn, SubMarket market,
            int generation, int year, List<Object> args, String condition) {
        args.add(generation);
        args.add(year);
        return "select " + key + " as k, " + columns + " from " + table + " where generation = ? and budget_year = ? and "
                + Access.condition(market, regionColumn) + " and " + condition;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? ContractFigures.ZERO : ((BigDecimal) value).setScale(2);
    }
}
