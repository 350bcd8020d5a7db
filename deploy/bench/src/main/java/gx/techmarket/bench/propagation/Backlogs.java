package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.kafka.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The propagation's backlog: the registry's outbox rows not yet published (committed events the relay has not
 * sent to Kafka) and the subsidy consumer group's lag on the registry's topic.
 */
public final class Backlogs {

    /** The registry's topic and the subsidy service's consumer group on it (quarkus.application.name). */
    public static final String CONTRACTS = "registry.contracts.v1";
    public static final String CONTRACTS_DLQ = "registry.contracts.v1.dlq";
    public static final String SUBSIDY_GROUP = "subsidy";

    private Backlogs() {}

    /** Registry outbox rows not yet published + the subsidy group's lag. */
    public static long total(MarketHandle market, Topics topics) throws Exception {
        return unpublished(market) + topics.lag(SUBSIDY_GROUP, CONTRACTS);
    }

    public static long unpublished(MarketHandle market) throws SQLException {
        try (Connection c = market.connectAsSuperuser("registry");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
