package gx.techmarket.notification.deadline;

import java.time.Duration;
import java.time.Instant;

/** When a challenge's demander is reminded of its deadline: once, in the last day before it. */
final class Reminder {

    /** How long before the deadline the reminder goes out. */
    static final Duration AHEAD = Duration.ofHours(24);

    private Reminder() {}

    /**
     * Whether a challenge closing at {@code deadline}, reminded at {@code remindedAt} (null: not yet), is due for its
     * reminder {@code now}: within the last day, not after the deadline (a reminder of a closed challenge helps
     * nobody, e.g. after the service was down over it), and not reminded before.
     */
    static boolean due(Instant deadline, Instant remindedAt, Instant now) {
        return remindedAt == null && !now.isBefore(deadline.minus(AHEAD)) && now.isBefore(deadline);
    }
}
