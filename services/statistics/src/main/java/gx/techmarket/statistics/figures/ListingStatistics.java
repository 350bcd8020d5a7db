package gx.techmarket.statistics.figures;

import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.projection.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/** Listings (科技成果, 技术需求) and 揭榜挂帅 challenges: published, matched or awarded, ended, and how fast. */
@ApplicationScoped
public class ListingStatistics {

    /** A timestamp's China day between the period's two days (two arguments). */
    private static final String IN_PERIOD = " at time zone 'Asia/Shanghai')::date between ? and ?";

    private final Sql sql;
    private final Generations generations;

    ListingStatistics(Sql sql, Generations generations) {
        this.sql = sql;
        this.generations = generations;
    }

    public Breakdown<ListingRow> listings(String kind, Period period, SubMarket market, ListingDimension by) {
        int generation = generations.live();
        String base = "from listing_fact where generation = ? and " + Access.condition(market, "region")
                + (kind == null ? "" : " and kind = '" + kind + "'");
        List<Object> args = new ArrayList<>();
        String sqlText = "select k, sum(p), sum(m), sum(w), sum(c), sum(e), avg(d) from ("
                + part(by.key("first_published_at"), "1 as p, 0 as m, 0 as w, 0 as c, 0 as e, null::numeric as d", base,
                        "(first_published_at" + IN_PERIOD, generation, period, args)
                + " union all "
                + part(by.key("matched_at"), "0, 1, 0, 0, 0, extract(epoch from matched_at - published_at)::numeric / 86400",
                        base, "status = 'MATCHED' and (matched_at" + IN_PERIOD, generation, period, args)
                + " union all "
                + part(by.key("ended_at"), "0, 0, (status = 'WITHDRAWN')::int, (status = 'CLOSED')::int, "
                        + "(status = 'EXPIRED')::int, null::numeric", base,
                        "status in ('WITHDRAWN', 'CLOSED', 'EXPIRED') and (ended_at" + IN_PERIOD, generation, period,
                        args)
                + ") t group by k order by k nulls last";
        List<ListingRow> rows = new ArrayList<>();
        long[] totals = new long[5];
        BigDecimal daysSum = BigDecimal.ZERO;
        for (Object[] r : sql.rows(sqlText, args)) {
            String k = (String) r[0];
            Labels.Label label = by.label(k);
            long[] n = {n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])};
            for (int i = 0; i < 5; i++) {
                totals[i] += n[i];
            }
            BigDecimal avg = days(r[6]);
            if (avg != null) {
                daysSum = daysSum.add(((BigDecimal) r[6]).multiply(BigDecimal.valueOf(n[1])));
            }
            rows.add(new ListingRow(k, label.zh(), label.en(), n[0], n[1], n[2], n[3], n[4], avg));
        }
        BigDecimal avgAll = totals[1] == 0 ? null
                : daysSum.divide(BigDecimal.valueOf(totals[1]), 1, RoundingMode.HALF_UP);
        ListingRow total = new ListingRow(null, "合计", "Total", totals[0], totals[1], totals[2], totals[3], totals[4],
                avgAll);
        return new Breakdown<>(by.param(), kind, period.from(), period.to(), market.region(), rows, total);
    }

    public Breakdown<ChallengeRow> challenges(Period period, SubMarket market, ListingDimension by) {
        int generation = generations.live();
        String base = "from challenge_fact where generation = ? and " + Access.condition(market, "region");
        List<Object> args = new ArrayList<>();
        String sqlText = "select k, sum(p), sum(a), sum(f), sum(c), sum(amount), avg(d) from ("
                + part(by.key("published_at"), "1 as p, 0 as a, 0 as f, 0 as c, null::numeric as amount, null::numeric as d", base,
                        "(published_at" + IN_PERIOD, generation, period, args)
                + " union all "
                + part(by.key("awarded_at"), "0, 1, 0, 0, price, extract(epoch from awarded_at - published_at)::numeric / 86400",
                        base, "status = 'AWARDED' and (awarded_at" + IN_PERIOD, generation, period, args)
                + " union all "
                + part(by.key("ended_at"), "0, 0, (status = 'FAILED')::int, (status = 'CANCELLED')::int, "
                        + "null::numeric, null::numeric", base,
                        "status in ('FAILED', 'CANCELLED') and (ended_at" + IN_PERIOD, generation, period, args)
                + ") t group by k order by k nulls last";
        List<ChallengeRow> rows = new ArrayList<>();
        long[] totals = new long[4];
        BigDecimal amount = ContractFigures.ZERO;
        BigDecimal daysSum = BigDecimal.ZERO;
        long daysCount = 0;
        for (Object[] r : sql.rows(sqlText, args)) {
            String k = (String) r[0];
            Labels.Label label = by.label(k);
            long[] n = {n(r[1]), n(r[2]), n(r[3]), n(r[4])};
            for (int i = 0; i < 4; i++) {
                totals[i] += n[i];
            }
            BigDecimal awarded = r[5] == null ? ContractFigures.ZERO : ((BigDecimal) r[5]).setScale(2);
            amount = amount.add(awarded);
            if (r[6] != null) {
                daysSum = daysSum.add(((BigDecimal) r[6]).multiply(BigDecimal.valueOf(n[1])));
                daysCount += n[1];
            }
            rows.add(new ChallengeRow(k, label.zh(), label.en(), n[0], n[1], n[2], n[3], awarded, days(r[6])));
        }
        BigDecimal avgAll = daysCount == 0 ? null
                : daysSum.divide(BigDecimal.valueOf(daysCount), 1, RoundingMode.HALF_UP);
        ChallengeRow total = new ChallengeRow(null, "合计", "Total", totals[0], totals[1], totals[2], totals[3], amount,
                avgAll);
        return new Breakdown<>(by.param(), null, period.from(), period.to(), market.region(), rows, total);
    }

    private static String part(String key, String columns, String base, String condition, int generation,
            Period period, List<Object> args) {
        args.add(generation);
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        return "select " + key + " as k, " + columns + " " + base + " and " + condition;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(1, RoundingMode.HALF_UP);
    }
}
