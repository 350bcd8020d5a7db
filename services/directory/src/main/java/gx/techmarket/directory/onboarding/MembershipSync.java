package gx.techmarket.directory.onboarding;

import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Tells Keycloak the membership changes the directory made (ADR 0021): every few seconds, the due tasks oldest
 * first, one transaction per small batch. A task Keycloak does not take is tried again after a pause that doubles up
 * to ten minutes; a user's later task waits for its earlier one, so a JOIN and the LEAVE after it arrive in order.
 * Safe with several instances: each locks the tasks it works on and skips those another holds.
 */
@ApplicationScoped
public class MembershipSync {

    private static final Logger LOG = Logger.getLogger(MembershipSync.class);
    /** Small: each task is a few HTTP calls inside the batch's transaction. */
    private static final int BATCH = 5;
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final MembershipSyncTasks tasks;
    private final KeycloakUsers keycloak;
    private final Clock clock;

    MembershipSync(MembershipSyncTasks tasks, KeycloakUsers keycloak, Clock clock) {
        this.tasks = tasks;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    @Scheduled(every = "${techmarket.directory.keycloak.sync-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runDue();
    }

    /** Works the due tasks; how many Keycloak took. */
    public int runDue() {
        int done = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Batch batch = QuarkusTransaction.requiringNew().call(this::batch);
            done += batch.done();
            if (batch.picked() < BATCH) {
                break;
            }
        }
        return done;
    }

    private record Batch(int picked, int done) {}

    private Batch batch() {
        Instant now = MarketClock.now(clock);
        List<MembershipSyncTask> due = tasks.lockDue(now, BATCH);
        int done = 0;
        for (MembershipSyncTask t : due) {
            try {
                switch (t.action) {
                    case JOIN -> keycloak.join(t.userId, t.orgId, t.orgName, t.realmRole);
                    case LEAVE -> keycloak.leave(t.userId, t.realmRole);
                }
                t.done(now);
                done++;
            } catch (KeycloakUsers.Unavailable e) {
                t.failed(String.valueOf(e.getMessage()), now);
                LOG.warnf("Keycloak did not take %s of user %s for %s (attempt %d, next at %s): %s", t.action,
                        t.userId, t.orgId, t.attempts, t.nextAttemptAt, e.getMessage());
            }
        }
        return new Batch(due.size(), done);
    }
}
