package gx.techmarket.registry.contract;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.registry.calendar.Calendars;
import gx.techmarket.registry.calendar.DeadlineView;
import gx.techmarket.registry.calendar.WorkingCalendar;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationPoints;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Deadline notices (办理期限提醒): each running clock with {@value #APPROACHING_DAYS} working days or fewer left is
 * announced once ({@code ContractDeadlineApproaching}, to the filer and the point, by the notification service), and
 * once more when overdue. Once per contract, clock start and kind (table {@code deadline_notice}): a clock started
 * again after a correction is announced again. The scan runs on the cron of
 * {@code techmarket.registry.deadline-notices.cron} (China time; {@code off} disables it), and on demand.
 */
@ApplicationScoped
class DeadlineNotices {

    private static final Logger LOG = Logger.getLogger(DeadlineNotices.class);

    /** Working days left at which the deadline is announced as approaching. */
    static final int APPROACHING_DAYS = 3;

    private final ContractRepository contracts;
    private final Calendars calendars;
    private final RegistrationPoints points;
    private final Outbox outbox;
    private final Clock clock;

    DeadlineNotices(ContractRepository contracts, Calendars calendars, RegistrationPoints points, Outbox outbox,
            Clock clock) {
        this.contracts = contracts;
        this.calendars = calendars;
        this.points = points;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(identity = "deadline-notices", cron = "${techmarket.registry.deadline-notices.cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = scan();
        if (sent > 0) {
            LOG.infof("Sent %d deadline notice(s)", sent);
        }
    }

    /** Sends the notices due now, in one transaction with their outbox rows; how many. */
    @Transactional
    int scan() {
        Instant now = MarketClock.now(clock);
        LocalDate today = LocalDate.ofInstant(now, MarketClock.CHINA);
        WorkingCalendar calendar = calendars.current();
        int sent = 0;
        for (Contract contract : contracts.withRunningClock()) {
            DeadlineView deadline = ContractService.deadlineOf(contract, calendar, today);
            String kind = deadline.overdue() ? "OVERDUE"
                    : deadline.workingDaysLeft() <= APPROACHING_DAYS ? "APPROACHING" : null;
            // a point the directory closed since has nobody to tell; its filings wait for the directory
            Optional<KnownPoint> point = points.find(contract.registrationPointUscc);
            if (kind != null && point.isPresent() && contracts.noticeSent(contract, kind, now)) {
                outbox.publish(contract.deadlineApproaching(point.get(), deadline.dueOn(),
                        deadline.workingDaysLeft(), deadline.provisional(), deadline.overdue()));
                sent++;
            }
        }
        return sent;
    }
}
