package gx.techmarket.bidding.result;

import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** {@code ResultPublished}/{@code ResultWithdrawn} onto {@code catalogue.results.v1} as the catalogue sends them. */
public final class ResultEvents {

    static final String SOURCE = "/techmarket/catalogue";

    private ResultEvents() {}

    /** A result of {@code holder} listed in sub-market {@code region}, published a minute ago (面议). */
    public static ResultPublished result(Party holder, String region, String title) {
        return new ResultPublished(UUID.randomUUID(), title, title + "：已完成中试，具备产业化条件。", "SUGAR",
                Maturity.PILOT, 7, List.of(TransferMode.TRANSFER, TransferMode.LICENSE), null, true,
                List.of(), holder, region, Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Publishes the result and waits until the service knows it; answers its id. */
    public static UUID publishAndAwait(DataSource db, ResultPublished event) {
        awaitHandled(db, TestEvents.send(event, SOURCE));
        return event.resultId();
    }

    public static void withdrawAndAwait(DataSource db, ResultPublished published) {
        awaitHandled(db, TestEvents.send(new ResultWithdrawn(published.resultId(), published.holder().uscc(), "另行转让",
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), SOURCE));
    }

    private static void awaitHandled(DataSource db, UUID ceId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.handled(db, ResultConsumer.CONSUMER, ceId));
    }
}
