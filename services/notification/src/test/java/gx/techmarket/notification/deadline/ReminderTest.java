package gx.techmarket.notification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A challenge's demander is reminded once, in the last day before its deadline. */
class ReminderTest {

    static final Instant DEADLINE = Instant.parse("2026-10-15T10:00:00Z");

    @Test
    void isDueFromADayBeforeTheDeadlineUntilIt() {
        assertThat(Reminder.due(DEADLINE, null, DEADLINE.minus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
        assertThat(Reminder.due(DEADLINE, null, DEADLINE.minus(Duration.ofHours(24)))).isTrue();
        assertThat(Reminder.due(DEADLINE, null, DEADLINE.minusSeconds(1))).isTrue();
        assertThat(Reminder.due(DEADLINE, null, DEADLINE)).as("closed: too late to help").isFalse();
    }

    @Test
    void isNotDueAgainOnceSent() {
        Instant sent = DEADLINE.minus(Duration.ofHours(23));
        assertThat(Reminder.due(DEADLINE, sent, DEADLINE.minus(Duration.ofHours(1)))).isFalse();
    }
}
