package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The registry's outbox rows not yet published (committed events the relay has not sent to Kafka). */
public final class Backlogs {

    private Backlogs() {}

    public static long unpublished(MarketHandle market) throws SQLException {
        try (Connection c = market.connectAsSuperuser("registry");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
