package gx.techmarket.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes this instance's relay when a transaction that wrote to the outbox commits. It replaces a PostgreSQL
 * {@code NOTIFY} trigger: a notifying transaction holds one database-wide lock from its commit until the commit is
 * durable, so every transaction with events committed one after the other, each waiting for its own WAL flush — the
 * limit of the whole write path under load (docs/adr/0009). A JTA synchronization costs nothing in the database.
 * Commits of other instances (and of other relays' services) are found by the relay's poll.
 */
@ApplicationScoped
public class OutboxCommits {

    private static final Object KEY = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private boolean pending;

    OutboxCommits(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Called in a transaction that wrote to the outbox: the relay is woken once it commits (once per transaction). */
    void wakeRelayOnCommit() {
        if (transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        afterCommit(transactions, this::signal);
    }

    /** Runs {@code action} once the current transaction has committed (not if it rolls back). */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Wakes the relay as if a transaction with events had committed. */
    public void signal() {
        lock.lock();
        try {
            pending = true;
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a transaction with events commits, or {@code timeout} passes; returns at once if one committed
     * since the last call. Returns whether one did.
     */
    boolean await(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!pending && nanos > 0) {
                nanos = committed.awaitNanos(nanos);
            }
            boolean woken = pending;
            pending = false;
            return woken;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets commits seen so far: called right before a pass, which will find their rows anyway. */
    void clear() {
        lock.lock();
        try {
            pending = false;
        } finally {
            lock.unlock();
        }
    }
}
