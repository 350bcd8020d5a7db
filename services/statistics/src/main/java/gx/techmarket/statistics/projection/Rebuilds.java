package gx.techmarket.statistics.projection;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * 重建: replays every topic the facts come from, from offset 0, into a new generation, and makes it live once it has
 * caught up. The replay reads each partition up to its end as the rebuild began, with the live consumer running
 * beside it; then, holding the switch lock exclusively (the live consumer waits), it reads what came since, makes the
 * new generation live and drops the old one. Events the live consumer takes afterwards that the replay already
 * applied change nothing (facts are set, never incremented, and never moved back: {@link Facts}).
 *
 * <p>One rebuild at a time; one that was running when the service stopped is marked failed at the next start.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);
    static final String CONSUMER_PREFIX = "statistics.rebuild.";

    private final AgroalDataSource db;
    private final ReplayConsumer replay;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "statistics-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    Rebuilds(AgroalDataSource db, ReplayConsumer replay, Clock clock) {
        this.db = db;
        this.replay = replay;
        this.clock = clock;
    }

    /** A rebuild interrupted by a stop is failed; its half-built facts are dropped. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int generation : building()) {
                finish(generation, "FAILED", "the service stopped during the rebuild");
            }
        });
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        worker.shutdownNow();
    }

    /**
     * Starts a rebuild for {@code requestedBy}; 409 {@code REBUILD_RUNNING} if one is running.
     *
     * @return the new generation, state {@code BUILDING}
     */
    public RebuildView start(String requestedBy) {
        int generation = QuarkusTransaction.requiringNew().call(() -> {
            if (!building().isEmpty()) {
                throw ProblemException.conflict("REBUILD_RUNNING");
            }
            int next = single("select coalesce(max(generation), 0) + 1 from generation");
            try {
                update("insert into generation (generation, state, requested_by, started_at) values (?, 'BUILDING', ?, ?)",
                        next, requestedBy, Timestamp.from(MarketClock.now(clock)));
            } catch (IllegalStateException e) {
                throw ProblemException.conflict("REBUILD_RUNNING"); // another instance started one just now
            }
            return next;
        });
        worker.submit(() -> run(generation));
        return find(generation).orElseThrow();
    }

    public Optional<RebuildView> find(int generation) {
        return views("where generation = ?", generation).stream().findFirst();
    }

    /** The latest generations, newest first. */
    public List<RebuildView> latest(int limit) {
        return views("order by generation desc limit ?", limit);
    }

    private void run(int generation) {
        ReplayConsumer.Counts counts = new ReplayConsumer.Counts();
        try {
            replay.replay(generation, counts, () -> stopping, readToEnd -> {
                try (Connection lock = db.getConnection()) {
                    exclusive(lock, true);
                    try {
                        readToEnd.run();
                        QuarkusTransaction.requiringNew().run(() -> makeLive(generation, counts));
                    } finally {
                        exclusive(lock, false);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot hold the switch lock", e);
                }
            });
            LOG.infof("statistics rebuilt from offset 0 into generation %d: %d events read, %d skipped", generation,
                    counts.read, counts.skipped);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding the statistics into generation %d failed", generation);
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> finish(generation, "FAILED",
                    reason.length() > 2000 ? reason.substring(0, 2000) : reason));
        }
    }

    /**
     * The new generation goes live and the old one retires. The retired one's facts stay until the next switch: a
     * figure that read the live generation just before this one committed still finds its facts (readers take no
     * lock); those of every generation before it go now.
     */
    private void makeLive(int generation, ReplayConsumer.Counts counts) {
        int old = single("select generation from generation where state = 'LIVE'");
        Timestamp now = Timestamp.from(MarketClock.now(clock));
        update("update generation set state = 'RETIRED', finished_at = ? where generation = ?", now, old);
        if (update("update generation set state = 'LIVE', finished_at = ?, events_read = ?, events_skipped = ? "
                + "where generation = ? and state = 'BUILDING'", now, counts.read, counts.skipped, generation) != 1) {
            throw new IllegalStateException("generation " + generation + " is no longer being built");
        }
        dropFactsBefore(old);
        update("delete from inbox where consumer like ?", CONSUMER_PREFIX + "%");
    }

    private static void exclusive(Connection c, boolean take) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                take ? "select pg_advisory_lock(?)" : "select pg_advisory_unlock(?)")) {
            s.setLong(1, Generations.SWITCH_LOCK);
            s.execute();
        }
    }

    /** A generation still being built fails; its facts go. A live or retired one is never touched here. */
    private void finish(int generation, String state, String error) {
        if (update("update generation set state = ?, finished_at = ?, error = ? where generation = ? "
                + "and state = 'BUILDING'", state, Timestamp.from(MarketClock.now(clock)), error, generation) != 1) {
            return;
        }
        dropFacts(generation);
        update("delete from inbox where consumer = ?", CONSUMER_PREFIX + generation);
    }

    private static final List<String> FACT_TABLES = List.of("contract_fact", "listing_fact", "challenge_fact",
            "grant_fact", "claim_fact", "payment_fact", "voucher_fact", "budget_fact", "broker_fact");

    private void dropFactsBefore(int generation) {
        for (String table : FACT_TABLES) {
            update("delete from " + table + " where generation < ?", generation);
        }
    }

    private void dropFacts(int generation) {
        for (String table : FACT_TABLES) {
            update("delete from " + table + " where generation = ?", generation);
        }
    }

    private List<Integer> building() {
        List<Integer> generations = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select generation from generation where state = 'BUILDING'");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                generations.add(rs.getInt(1));
            }
            return generations;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RebuildView> views(String where, Object arg) {
        List<RebuildView> views = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select generation, state, requested_by, started_at, "
                        + "finished_at, events_read, events_skipped, error from generation " + where)) {
            q.setObject(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(5);
                    views.add(new RebuildView(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), finished == null ? null : finished.toInstant(),
                            rs.getLong(6), rs.getLong(7), rs.getString(8)));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int single(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql);
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
