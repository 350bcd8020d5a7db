package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.projection.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

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
        String text = "select k, sum(gc), sum(ga), sum(cc), sum(ca), sum(pc), sum(pg), sum(pn) from ("
                + part(city ? cityOf("beneficiary_region") : key,
                        "1 as gc, amount as ga, 0 as cc, 0::numeric as ca, 0 as pc, 0::numeric as pg, 0::numeric as pn",
                        "grant_fact", "beneficiary_region", market, generation, year, args, "true")
                + " union all "
                + part(city ? cityOf("beneficiary_region") : key, "0, 0::numeric, 1, amount, 0, 0::numeric, 0::numeric",
                        "claim_fact", "beneficiary_region", market, generation, year, args, "decision = 'APPROVED'")
                + " union all "
                + part(city ? cityOf("payee_region") : key, "0, 0::numeric, 0, 0::numeric, 1, gross_amount, net_amount",
                        "payment_fact", "payee_region", market, generation, year, args, "true")
                + ") t group by k order by k nulls last";
        List<SubsidyRow> rows = new ArrayList<>();
        for (Object[] r : sql.rows(text, args)) {
            String k = (String) r[0];
            Labels.Label label = city ? Labels.region(k) : new Labels.Label(k, k);
            rows.add(new SubsidyRow(k, label.zh(), label.en(), n(r[1]), money(r[2]), n(r[3]), money(r[4]), n(r[5]),
                    money(r[6]), money(r[7])));
        }
        return rows;
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
