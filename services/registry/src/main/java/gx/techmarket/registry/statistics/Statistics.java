package gx.techmarket.registry.statistics;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationPoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The point statistics: a registrar sees its own point's, an admin the points of its sub-market (by the point's
 * region recorded on acceptance). One query over the contracts, grouped in PostgreSQL by month in China and type.
 */
@ApplicationScoped
public class Statistics {

    /** The shape of a date parameter, yyyy-MM-dd; {@link #date} refuses one that is no day of the calendar. */
    public static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    /** A year and a day: a longer period is refused, so one request cannot scan the whole history at once. */
    static final int MAX_DAYS = 366;

    private final EntityManager em;
    private final RegistrationPoints points;
    private final Clock clock;

    Statistics(EntityManager em, RegistrationPoints points, Clock clock) {
        this.em = em;
        this.points = points;
        this.clock = clock;
    }

    /**
     * From {@code from} to {@code to} inclusive (dates in China); {@code from} defaults to the first of this year,
     * {@code to} to today.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public PointStatistics of(Actor actor, LocalDate from, LocalDate to) {
        LocalDate today = MarketClock.today(clock);
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("STATISTICS_PERIOD_REVERSED", start.toString(), end.toString())
                    .withField("from", "STATISTICS_PERIOD_REVERSED");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ProblemException.badRequest("STATISTICS_PERIOD_TOO_LONG", String.valueOf(MAX_DAYS))
                    .withField("to", "STATISTICS_PERIOD_TOO_LONG");
        }
        String scope;
        String where;
        String value;
        if (actor.has(Role.REGISTRAR)) {
            KnownPoint point = points.find(actor.orgId())
                    .orElseThrow(() -> ProblemException.forbidden("NOT_A_REGISTRATION_POINT"));
            scope = point.name();
            where = "registration_point_uscc = :scope";
            value = point.uscc();
        } else {
            scope = actor.organisation().name();
            where = "registration_point_region like :scope";
            value = actor.subMarket().prefix() + "%";
        }
        Instant startAt = start.atStartOfDay(MarketClock.CHINA).toInstant();
        Instant endAt = end.plusDays(1).atStartOfDay(MarketClock.CHINA).toInstant();
        // refusals are final: the contract's last change is the refusal, so updated_at is the day it was refused
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select to_char(registered_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, contract_type,
                       count(*) as registered,
                       count(*) filter (where status = 'DEREGISTERED') as deregistered,
                       0 as refused,
                       coalesce(sum(total_contract_amount) filter (where status <> 'DEREGISTERED'), 0) as total,
                       coalesce(sum(technology_transaction_amount) filter (where status <> 'DEREGISTERED'), 0) as tta
                  from contract
                 where registered_at >= :start and registered_at < :end and %1$s
                 group by 1, 2
                union all
                select to_char(updated_at at time zone 'Asia/Shanghai', 'YYYY-MM'), contract_type, 0, 0, count(*), 0, 0
                  from contract
                 where status = 'NOT_REGISTERED' and updated_at >= :start and updated_at < :end and %1$s
                 group by 1, 2""".formatted(where))
                .setParameter("start", startAt)
                .setParameter("end", endAt)
                .setParameter("scope", value)
                .getResultList();
        Map<String, PointStatistics.Row> rows = new TreeMap<>();
        for (Object[] r : found) {
            PointStatistics.Row row = new PointStatistics.Row((String) r[0], ContractType.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    money(r[5]), money(r[6]));
            rows.merge(row.month() + " " + row.contractType(), row, Statistics::add);
        }
        List<PointStatistics.Row> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(PointStatistics.Row::month)
                .thenComparing(PointStatistics.Row::contractType));
        return new PointStatistics(start, end, scope, List.copyOf(list), PointStatistics.Totals.of(list));
    }

    /** The date {@code value} of the parameter {@code field} (null when absent); 2041-02-30 is 400, not 500. */
    public static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("STATISTICS_DATE_INVALID", value).withField(field, "STATISTICS_DATE_INVALID");
        }
    }

    private static PointStatistics.Row add(PointStatistics.Row a, PointStatistics.Row b) {
        return new PointStatistics.Row(a.month(), a.contractType(), a.registered() + b.registered(),
                a.deregistered() + b.deregistered(), a.refused() + b.refused(),
                a.totalContractAmount().add(b.totalContractAmount()),
                a.technologyTransactionAmount().add(b.technologyTransactionAmount()));
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}
