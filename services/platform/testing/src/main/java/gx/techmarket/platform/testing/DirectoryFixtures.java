package gx.techmarket.platform.testing;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.Organisation;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the service under test know the organisations of {@link Orgs} the only way a service learns of
 * organisations: the directory's events on {@code directory.organisations.v1}, read by its consumer into its read
 * model (services/platform/organisations). Call {@link #ensureKnown(DataSource)} before the first request of a
 * test class; the events are published once per test JVM (fixed ids, so a second publication would be skipped by
 * the inbox anyway) and verified since {@link #SINCE}, so they are in force at any date a test uses.
 *
 * <pre>{@code
 * @BeforeAll static void organisations() { DirectoryFixtures.ensureKnown(dataSource()); }
 * }</pre>
 */
public final class DirectoryFixtures {

    /** When every fixture organisation was verified. */
    public static final Instant SINCE = Instant.parse("2000-01-01T00:00:00Z");
    public static final String SOURCE = "/techmarket/directory";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicBoolean PUBLISHED = new AtomicBoolean();

    private DirectoryFixtures() {}

    /**
     * The registration points of {@link Orgs}: 南宁 0101, 柳州 0201, 桂林 0301, 百色 1001 (city + point digits).
     */
    public static List<RegistrationPointOpened> registrationPoints() {
        return List.of(point(Orgs.NANNING_REGISTRY, "0101"), point(Orgs.LIUZHOU_REGISTRY, "0201"),
                point(Orgs.GUILIN_REGISTRY, "0301"), point(Orgs.BAISE_REGISTRY, "1001"));
    }

    /** Every fixture organisation verified and the fixture registration points opened, once; waits for both. */
    public static void ensureKnown(DataSource ds) {
        List<DomainEvent> events = new ArrayList<>();
        Orgs.all().forEach(o -> events.add(verified(o)));
        events.addAll(registrationPoints());
        if (PUBLISHED.compareAndSet(false, true)) {
            events.forEach(e -> TestEvents.send(e, idOf(e), SOURCE));
        }
        awaitHandled(ds, events);
    }

    /** Publishes directory events (verified, changed, suspended…) and waits until the service handled them. */
    public static void publish(DataSource ds, DomainEvent... events) {
        for (DomainEvent e : events) {
            TestEvents.send(e, idOf(e), SOURCE);
        }
        awaitHandled(ds, List.of(events));
    }

    /** The event that makes {@code party} a verified organisation since {@link #SINCE}. */
    public static OrganisationVerified verified(Party party) {
        return new OrganisationVerified(new Organisation(party.uscc(), party.name(), null, party.kind(),
                party.region(), party.parentUscc()), SINCE);
    }

    private static RegistrationPointOpened point(Party registry, String code) {
        return new RegistrationPointOpened(registry.uscc(), registry.name(), registry.region(), code, SINCE);
    }

    /** A fixed id per event content: the same fixture is the same event, however often it is sent. */
    static UUID idOf(DomainEvent event) {
        return UUID.nameUUIDFromBytes((event.eventType().type() + ":" + event).getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitHandled(DataSource ds, List<? extends DomainEvent> events) {
        String consumer = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class)
                + ".directory";
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (DomainEvent e : events) {
            UUID id = idOf(e);
            while (!Db.handled(ds, consumer, id)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the service's consumer " + consumer + " did not handle " + e
                            + " within " + WAIT);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the directory events", ie);
                }
            }
        }
    }
}
