package gx.techmarket.statistics.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The generations of the facts: exactly one is live (every figure reads it), at most one is being built by a rebuild.
 * The live consumer writes under a shared advisory lock that a rebuild takes exclusively for its last catch-up and
 * the switch, so no event can slip between the rebuild's end and the new generation going live.
 */
@ApplicationScoped
public class Generations {

    /** The advisory lock of the switch between generations ("STATS" in ASCII). */
    static final long SWITCH_LOCK = 0x5354415453L;

    private final AgroalDataSource db;

    Generations(AgroalDataSource db) {
        this.db = db;
    }

    /**
     * In the caller's transaction: takes the switch lock shared (until the transaction ends) and answers the live
     * generation, the one a live event is written to.
     */
    public int liveForWrite() {
        try (Connection c = db.getConnection();
                PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
            lock.setLong(1, SWITCH_LOCK);
            lock.execute();
            return live(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the live generation", e);
        }
    }

    /** The live generation, the one every figure reads. */
    public int live() {
        try (Connection c = db.getConnection()) {
            return live(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the live generation", e);
        }
    }

    static int live(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select generation from generation where state = 'LIVE'");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no live generation of the statistics' facts");
            }
            return rs.getInt(1);
        }
    }
}
