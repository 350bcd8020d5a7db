package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * What a registrar asks of its queue ({@code GET /contracts/queue}): one status, one type, overdue or not, due on or
 * before a date, and the order.
 */
record QueueFilter(ContractStatus status, ContractType type, Boolean overdue, LocalDate dueBefore, Order sort) {

    /** The orders of the queue, as {@code ?sort=} names them. */
    enum Order { DEADLINE, OLDEST, NEWEST, AMOUNT }

    /** What {@code ?sort=} accepts. */
    static final String ORDERS = "deadline|oldest|newest|amount";

    /** What {@code ?status=} accepts: the states a queue holds. */
    static final String STATUSES = "SUBMITTED|ACCEPTED|RESUBMITTED|UNDER_REVIEW|NEEDS_CORRECTION";

    static QueueFilter of(String status, String type, Boolean overdue, LocalDate dueBefore, String sort) {
        return new QueueFilter(status == null ? null : ContractStatus.valueOf(status), type(type), overdue,
                dueBefore, Order.valueOf(sort.toUpperCase(Locale.ROOT)));
    }

    /** A date of the query (already {@code yyyy-mm-dd} in form); one the calendar lacks is a 400 naming it. */
    static LocalDate date(String parameter, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("INVALID_QUERY_PARAMETER", parameter).withField(parameter, "INVALID_TYPE");
        }
    }

    private static ContractType type(String type) {
        if (type == null) {
            return null;
        }
        return Arrays.stream(ContractType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("CONTRACT_TYPE_UNKNOWN", type)
                        .withField("type", "CONTRACT_TYPE_UNKNOWN"));
    }

    /** Whether the contract passes the deadline filters (a filing without a running clock is neither overdue nor due). */
    boolean admits(ContractView v) {
        boolean isOverdue = v.deadline() != null && v.deadline().overdue();
        if (overdue != null && overdue != isOverdue) {
            return false;
        }
        return dueBefore == null || (v.deadline() != null && !v.deadline().dueOn().isAfter(dueBefore));
    }

    /** The order, the id breaking ties so that paging neither repeats nor skips a filing. */
    Comparator<ContractView> order() {
        Comparator<ContractView> byFiling = Comparator.comparing(ContractView::submittedAt,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        Comparator<ContractView> first = switch (sort) {
            case DEADLINE -> Comparator.comparing((ContractView v) -> v.deadline() == null ? null : v.deadline().dueOn(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(byFiling);
            case OLDEST -> byFiling;
            case NEWEST -> byFiling.reversed();
            case AMOUNT -> Comparator.comparing(ContractView::totalContractAmount,
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        };
        return first.thenComparing(v -> v.id().toString());
    }
}
