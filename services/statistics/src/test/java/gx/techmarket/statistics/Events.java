package gx.techmarket.statistics;

import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventType;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TestEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The services' events, sent as their relays send them, and awaited until the statistics have taken them. */
public final class Events {

    public static final String CONSUMER = "statistics.facts";

    private Events() {}

    /** Sends each event as a new CloudEvent from its service and waits until every one is handled. */
    public static void sendAll(DataSource db, List<? extends DomainEvent> events) {
        List<UUID> ids = new ArrayList<>();
        for (DomainEvent e : events) {
            String service = EventType.of(e.getClass()).type().split("\\.")[0];
            ids.add(TestEvents.send(e, "/techmarket/" + service));
        }
        for (UUID id : ids) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> Db.handled(db, CONSUMER, id));
        }
    }

    public static void send(DataSource db, DomainEvent... events) {
        sendAll(db, List.of(events));
    }
}
