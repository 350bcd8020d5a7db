package gx.techmarket.matching.listing;

import gx.techmarket.contracts.events.DomainEvent;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TestEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Results and demands as the catalogue and the demand service announce them. */
public final class Listings {

    static final String CATALOGUE = "/techmarket/catalogue";
    static final String DEMAND = "/techmarket/demand";

    private Listings() {}

    /** A result of {@code holder} listed in its own region, published a minute ago (面议). */
    public static ResultPublished result(Party holder, String title) {
        return new ResultPublished(UUID.randomUUID(), title, title + "：已完成中试，具备产业化条件。", "SUGAR",
                Maturity.PILOT, 7, List.of(TransferMode.TRANSFER, TransferMode.LICENSE), null, true,
                List.of(), holder, holder.region(),
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    /** A demand of {@code demander} with its deadline {@code deadline}, published a minute ago. */
    public static DemandPublished demand(Party demander, String title, LocalDate deadline) {
        return new DemandPublished(UUID.randomUUID(), title, "需要一种可工业化的" + title + "方案。", "ALUMINIUM",
                new BigDecimal("500000.00"), new BigDecimal("1500000.00"), deadline, demander.region(),
                List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), demander,
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Publishes the result and waits until the service knows it; answers its id. */
    public static UUID publish(DataSource db, ResultPublished event) {
        awaitHandled(db, ListingConsumer.RESULTS, TestEvents.send(event, CATALOGUE));
        return event.resultId();
    }

    /** Publishes the demand and waits until the service knows it; answers its id. */
    public static UUID publish(DataSource db, DemandPublished event) {
        awaitHandled(db, ListingConsumer.DEMANDS, TestEvents.send(event, DEMAND));
        return event.demandId();
    }

    public static void withdraw(DataSource db, ResultPublished published) {
        awaitHandled(db, ListingConsumer.RESULTS, TestEvents.send(new ResultWithdrawn(published.resultId(),
                published.holder().uscc(), "另行转让", Instant.now().truncatedTo(ChronoUnit.MILLIS)), CATALOGUE));
    }

    /** The demand service closed, expired or matched the demand ({@code ended}); waits until the service knows. */
    public static void end(DataSource db, DomainEvent ended) {
        awaitHandled(db, ListingConsumer.DEMANDS, TestEvents.send(ended, DEMAND));
    }

    static void awaitHandled(DataSource db, String consumer, UUID ceId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.handled(db, consumer, ceId));
    }
}
