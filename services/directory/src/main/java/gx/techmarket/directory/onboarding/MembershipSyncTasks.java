package gx.techmarket.directory.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MembershipSyncTasks implements PanacheRepositoryBase<MembershipSyncTask, Long> {

    /**
     * The tasks due, oldest first, locked: another instance skips them. A user's later task waits while an earlier
     * one for it is not done (a JOIN then a LEAVE must reach Keycloak in that order).
     */
    List<MembershipSyncTask> lockDue(Instant now, int limit) {
        return getEntityManager().createQuery("""
                select t from MembershipSyncTask t
                where t.doneAt is null and t.nextAttemptAt <= :now
                  and not exists (select 1 from MembershipSyncTask e
                                  where e.userId = t.userId and e.doneAt is null and e.id < t.id)
                order by t.id""", MembershipSyncTask.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
    }

    long pending() {
        return count("doneAt is null");
    }
}
