package gx.techmarket.bidding.demand;

import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
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

/** {@code DemandPublished} onto {@code demand.demands.v1} as the demand service's relay sends it. */
public final class DemandEvents {

    public static final String TOPIC = "demand.demands.v1";
    public static final String TYPE = "demand.DemandPublished.v1";
    static final String SOURCE = "/techmarket/demand";

    private DemandEvents() {}

    /** A demand of {@code demander}, listed in its own region, published a minute ago. */
    public static DemandPublished demand(Party demander, String title) {
        return new DemandPublished(UUID.randomUUID(), title, "需要一种可工业化的" + title + "方案，处理成本可控。", "SUGAR",
                new BigDecimal("500000.00"), new BigDecimal("1500000.00"), LocalDate.now().plusMonths(6),
                demander.region(), List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), demander,
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Sends the event (any of the demand topic's) as a new CloudEvent, keyed by its demand; returns its id. */
    public static UUID publish(gx.techmarket.contracts.events.DomainEvent event) {
        return TestEvents.send(event, SOURCE);
    }

    /** Sends {@code json} as event {@code ceId} of demand {@code demandId} (the same id again is a redelivery). */
    public static void sendJson(UUID ceId, UUID demandId, String json) {
        TestEvents.sendJson(TOPIC, TYPE, demandId.toString(), json, ceId, SOURCE);
    }

    /** Publishes the demand and waits until the service knows it. */
    public static UUID publishAndAwait(DataSource db, DemandPublished event) {
        UUID ceId = publish(event);
        awaitHandled(db, ceId);
        return ceId;
    }

    /** Waits until the consumer recorded event {@code ceId} in its inbox. */
    public static void awaitHandled(DataSource db, UUID ceId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.handled(db, DemandConsumer.CONSUMER, ceId));
    }
}
