package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.SubMarket;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import gx.techmarket.platform.domain.MarketClock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** 目标: what each sub-market aims at in a year, and how far it has come. The province sets them. */
@ApplicationScoped
public class Targets {

    private final Sql sql;
    private final ContractStatistics contracts;
    private final AgroalDataSource db;
    private final Clock clock;

    Targets(Sql sql, ContractStatistics contracts, AgroalDataSource db, Clock clock) {
        this.sql = sql;
        this.contracts = contracts;
        this.db = db;
        this.clock = clock;
    }

    /**
     * The year of the caller's sub-market: the province sees itself and its 14 cities, a city itself; any part of it
     * with a target of its own (a county) too.
     */
    public List<TargetView> of(SubMarket market, int year, boolean setter) {
        Map<String, Object[]> set = new TreeMap<>();
        for (Object[] r : sql.rows("select region, amount, source from target where year = ? order by region",
                List.of(year))) {
            if (market.covers((String) r[0]) && ((String) r[0]).startsWith("45")) {
                set.put((String) r[0], r);
            }
        }
        Set<String> regions = new LinkedHashSet<>();
        regions.add(market.region());
        if (market.isProvince()) {
            GbT2260.all().stream()
                    .filter(d -> d.level() == GbT2260.Level.PREFECTURE && GbT2260.GUANGXI.equals(d.parent()))
                    .map(GbT2260.Division::code).sorted().forEach(regions::add);
        }
        regions.addAll(set.keySet());
        List<TargetView> views = new ArrayList<>();
        for (String region : regions) {
            Object[] target = set.get(region);
            views.add(view(region, year, target == null ? null : ((BigDecimal) target[1]).setScale(2),
                    target == null ? null : (String) target[2], setter));
        }
        return views;
    }

    /** Sets the target of {@code region}'s year: the province only (403 for a city). */
    public TargetView set(Actor actor, String region, int year, TargetRequest request) {
        if (!actor.isProvinceAdmin()) {
            throw ProblemException.forbidden("TARGET_PROVINCE_ONLY");
        }
        if (!GbT2260.isValid(region) || !GbT2260.isInGuangxi(region)) {
            throw ProblemException.badRequest("UNKNOWN_REGION", region).withField("region", "UNKNOWN_REGION");
        }
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest("INVALID_YEAR", year).withField("year", "INVALID_YEAR");
        }
        String source = request.source() == null || request.source().isBlank() ? null : request.source().strip();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into target (region, year, amount, source, set_by, set_at) values (?, ?, ?, ?, ?, ?)
                on conflict (region, year) do update set amount = excluded.amount, source = excluded.source,
                    set_by = excluded.set_by, set_at = excluded.set_at""")) {
            s.setString(1, region);
            s.setInt(2, year);
            s.setBigDecimal(3, request.amount().setScale(2));
            s.setString(4, source);
            s.setString(5, actor.userId());
            s.setTimestamp(6, Timestamp.from(MarketClock.now(clock)));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the target", e);
        }
        return view(region, year, request.amount().setScale(2), source, true);
    }

    private TargetView view(String region, int year, BigDecimal target, String source, boolean setter) {
        BigDecimal achieved = contracts.output(SubMarket.of(region).prefix(), year);
        BigDecimal progress = target == null ? null : achieved.divide(target, 4, RoundingMode.HALF_UP);
        Labels.Label label = Labels.region(region);
        return new TargetView(region, label.zh(), label.en(), year, target, achieved, progress, source,
                setter ? List.of("set") : List.of());
    }
}
