package gx.techmarket.directory.organisation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * 资质期满: once a day (after midnight, China time) the qualifications whose last day has passed end, each told once
 * as QualificationExpired. Safe with several instances: each locks the rows it ends and skips those another holds,
 * and an ended one is never picked again.
 */
@ApplicationScoped
public class QualificationExpiry {

    private static final Logger LOG = Logger.getLogger(QualificationExpiry.class);
    private static final int BATCH = 200;

    private final OrganisationService service;

    QualificationExpiry(OrganisationService service) {
        this.service = service;
    }

    @Scheduled(cron = "${techmarket.directory.expiry.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        endPast();
    }

    /** Ends every qualification past its last day, a batch per transaction; how many. */
    public int endPast() {
        int ended = 0;
        for (int batch = service.endPastQualifications(BATCH); batch > 0; batch = service.endPastQualifications(BATCH)) {
            ended += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (ended > 0) {
            LOG.infof("Ended %d qualification(s) past their last day", ended);
        }
        return ended;
    }
}
