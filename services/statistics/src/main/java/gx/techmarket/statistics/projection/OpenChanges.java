package gx.techmarket.statistics.projection;

import gx.techmarket.platform.messaging.MessageContext;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The open data's change feed (开放数据变更): a listing published or ended, appended once per event (its id) by the live
 * consumer in the event's transaction. A rebuild does not touch it, so a cursor handed out stays valid.
 */
@ApplicationScoped
public class OpenChanges {

    /** The advisory lock of the change feed's writers ("FEED"). */
    static final long FEED_LOCK = 0x46454544L;

    private final AgroalDataSource db;

    OpenChanges(AgroalDataSource db) {
        this.db = db;
    }

    void record(UUID listingId, String kind, String change, Instant at) {
        UUID eventId = MessageContext.current().map(MessageContext.Current::causationId)
                .orElseThrow(() -> new IllegalStateException("a change is recorded while an event is handled"));
        try (Connection c = db.getConnection();
                PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)");
                PreparedStatement s = c.prepareStatement("""
                insert into open_change (event_id, listing_id, kind, change, changed_at) values (?, ?, ?, ?, ?)
                on conflict (event_id) do nothing""")) {
            // one writer at a time until its commit: positions become visible in the order they are taken, so a
            // poller's cursor never passes a change that another transaction has yet to commit
            lock.setLong(1, FEED_LOCK);
            lock.execute();
            s.setObject(1, eventId);
            s.setObject(2, listingId);
            s.setString(3, kind);
            s.setString(4, change);
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a change of the open data", e);
        }
    }
}
