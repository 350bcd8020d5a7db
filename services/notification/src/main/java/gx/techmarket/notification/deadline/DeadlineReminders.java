package gx.techmarket.notification.deadline;

import gx.techmarket.notification.notice.NotificationRules;
import gx.techmarket.notification.notice.Notices;
import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * 榜单即将截止: a day before a published challenge's deadline its demander is told (and mailed), once. The state is
 * the challenge's {@code reminded_at}, set in the transaction that keeps the notices, so a restart neither loses
 * nor repeats a reminder.
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class);
    private static final int BATCH = 100;

    private final KnownChallenges challenges;
    private final Notices notices;
    private final Clock clock;

    DeadlineReminders(KnownChallenges challenges, Notices notices, Clock clock) {
        this.challenges = challenges;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(every = "${techmarket.notification.reminders.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remindDue();
    }

    /** Reminds the demanders of the challenges due now; how many challenges. */
    @Transactional
    public int remindDue() {
        Instant now = MarketClock.now(clock);
        int reminded = 0;
        for (KnownChallenge c : challenges.lockDue(now, BATCH)) {
            if (!Reminder.due(c.deadline, c.remindedAt, now)) {
                continue;
            }
            notices.keep(NotificationRules.deadlineApproaching(c.id(), c.title, c.demanderUscc, c.holderUscc,
                    c.deadline));
            c.remindedAt = now;
            reminded++;
        }
        if (reminded > 0) {
            LOG.infof("Reminded %d challenge(s) of their deadline", reminded);
        }
        return reminded;
    }
}
