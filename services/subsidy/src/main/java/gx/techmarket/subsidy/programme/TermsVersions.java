package gx.techmarket.subsidy.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a programme's terms decides, and when a new one may start: plain Java (ADR 0025).
 *
 * <p>A programme's terms are versions, each in force from its {@code effectiveFrom} day (China time) until the next
 * version's. A contract is assessed under the version in force on its registration day: the one with the latest
 * {@code effectiveFrom} on or before that day, the higher number on a tie. A new version starts today or later, within
 * the programme's budget year, and not before the newest version: so no contract already assessed can fall under
 * it, and what was granted is never rewritten.
 */
public final class TermsVersions {

    private TermsVersions() {}

    /** A version's number and first day. */
    public record Dated(int version, LocalDate effectiveFrom) {}

    /** Why a new version cannot start on the day asked, as a stable problem code. */
    public enum Refusal {
        /** Before today in China time: contracts of that day may already have been assessed. */
        EFFECTIVE_DATE_IN_PAST,
        /** Outside the programme's budget year: contracts of another year belong to another programme-year. */
        EFFECTIVE_DATE_OUTSIDE_YEAR,
        /** Before the newest version's first day: versions follow one another in time. */
        EFFECTIVE_DATE_BEFORE_LATEST_VERSION
    }

    /** The version in force on {@code day} among {@code versions}, if any starts on or before it. */
    public static <V> Optional<V> inForce(List<V> versions, java.util.function.Function<V, Dated> dated,
            LocalDate day) {
        return versions.stream()
                .filter(v -> !dated.apply(v).effectiveFrom().isAfter(day))
                .max(Comparator.comparing((V v) -> dated.apply(v).effectiveFrom())
                        .thenComparingInt(v -> dated.apply(v).version()));
    }

    /**
     * Whether a new version of a programme of {@code budgetYear}, whose newest version starts on {@code latest}, may
     * start on {@code requested} when it is {@code today} in China.
     */
    public static Optional<Refusal> refusal(LocalDate today, int budgetYear, LocalDate latest, LocalDate requested) {
        if (requested.isBefore(today)) {
            return Optional.of(Refusal.EFFECTIVE_DATE_IN_PAST);
        }
        if (requested.getYear() != budgetYear) {
            return Optional.of(Refusal.EFFECTIVE_DATE_OUTSIDE_YEAR);
        }
        if (latest != null && requested.isBefore(latest)) {
            return Optional.of(Refusal.EFFECTIVE_DATE_BEFORE_LATEST_VERSION);
        }
        return Optional.empty();
    }

    /** Whether any day of {@code budgetYear} is still to come (today included): a new version could start then. */
    public static boolean changeable(LocalDate today, int budgetYear) {
        return today.getYear() <= budgetYear;
    }
}
