package gx.techmarket.bidding.demand;

import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.testing.EmbeddedInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes {@code DemandPublished} onto {@code demand.demands.v1} the way the demand service's relay does. */
public final class DemandEvents {

    public static final String TOPIC = "demand.demands.v1";
    public static final String TYPE = "demand.DemandPublished.v1";

    private DemandEvents() {}

    /** A demand of {@code demander}, listed in its own region, published a minute ago. */
    public static DemandPublished demand(Party demander, String title) {
        return new DemandPublished(UUID.randomUUID(), title, "需要一种可工业化的" + title + "方案，处理成本可控。", "SUGAR",
                new BigDecimal("500000.00"), new BigDecimal("1500000.00"), LocalDate.now().plusMonths(6),
                demander.region(), List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), party(demander),
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    public static Party party(Party o) {
        return new Party(o.uscc(), o.name(), OrgKind.valueOf(o.kind().name()), o.region(), o.parentUscc());
    }

    /** Sends the event as a new CloudEvent; returns its id. */
    public static UUID publish(DemandPublished event) {
        UUID id = UUID.randomUUID();
        send(id, event.demandId().toString(), EventJson.toJson(event));
        return id;
    }

    /** Sends {@code json} with the envelope of event {@code ceId} (the same id again is a redelivery). */
    public static void send(UUID ceId, String key, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, json);
        record.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(ceId.toString()))
                .add("ce_type", bytes(TYPE))
                .add("ce_source", bytes("/techmarket/demand"))
                .add("ce_subject", bytes(key))
                .add("ce_time", bytes(Instant.now().toString()))
                .add("content-type", bytes("application/json"))
                .add("ce_correlationid", bytes(ceId.toString()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", EmbeddedInfrastructure.get().kafka().bootstrapServers(), "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a demand event", e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A contract example payload, e.g. {@code red-mud-utilisation.json}. */
    public static String example(String file) {
        String path = "contracts/events/examples/" + TYPE + "/" + file;
        try (InputStream in = DemandEvents.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
                .until(() -> count(db, "select count(*) from inbox where consumer = 'bidding.demands' and event_id = ?",
                        ceId) == 1);
    }

    public static long count(DataSource db, String sql, Object arg) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
