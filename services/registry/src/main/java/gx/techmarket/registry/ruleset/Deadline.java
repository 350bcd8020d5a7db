package gx.techmarket.registry.ruleset;

import java.util.Objects;

/**
 * How long a registration point has to decide a filing once it accepted it (受理): an amount of working days (the
 * 2026 rules) or of calendar days (the 2000 办法's 30日).
 */
public record Deadline(int amount, Unit unit) {

    /** What the amount counts. */
    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    public Deadline {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > 365) {
            throw new IllegalArgumentException("a deadline of " + amount + " days is not between 1 and 365");
        }
    }
}
