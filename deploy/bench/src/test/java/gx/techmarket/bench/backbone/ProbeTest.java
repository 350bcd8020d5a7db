package gx.techmarket.bench.backbone;

import gx.techmarket.bench.CpuUsage;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.bench.load.RateSchedule;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.platform.messaging.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ProbeTest {

    /** The record as the relay sends a ping: its JSON, its CloudEvents headers, its CreateTime. */
    private static IncomingKafkaRecordMetadata<String, String> record(Pinged ping, UUID id, long createTime) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, new CloudEventHeaders.Envelope(id, Pinged.TYPE, "/techmarket/bench",
                ping.aggregateId(), Instant.now(), id, null));
        ConsumerRecord<String, String> r = new ConsumerRecord<>(Pinged.TOPIC, 2, 41L, createTime,
                TimestampType.CREATE_TIME, 0, 0, ping.aggregateId(), EventJson.toJson(ping), headers,
                Optional.empty());
        return new IncomingKafkaRecordMetadata<>(r, "pings");
    }

    /** The payload as the relay sends it: the outbox's jsonb column as text, a space after every colon and comma. */
    private static String asJsonb(Pinged ping) {
        return EventJson.toJson(ping).replace(":", ": ").replace(",", ", ");
    }

    private final Probe probe = new Probe();
    private final Phase phase = new Phase(Phase.Path.OUTBOX, "abc-outbox-200", new RateSchedule(200, 0, 20));

    private PhaseResult summary() {
        return phase.summarize(new Phase.Samples(0L, 0L, new CpuUsage(0, 0, 0, 0, 0, 0, 0), 0, null));
    }

    @Test
    void shouldFindThePingsPhaseAndPositionFromTheRecordAsTheRelaySendsIt() {
        phase.start(System.nanoTime());
        probe.begin(phase);
        Pinged ping = Pinged.of("abc-outbox-200", 7, 5, phase.intendedNanos(7));
        UUID id = UUID.randomUUID();
        long now = System.nanoTime();
        probe.received(record(ping, id, System.currentTimeMillis()), asJsonb(ping), now);

        assertThat(probe.takePosition(id)).isEqualTo(new Probe.Position(2, 41));
        assertThat(probe.takePosition(id)).isNull(); // taken once
        phase.written(7, phase.intendedNanos(7));
        phase.invoked(7, now + 1);
        phase.done(7, now + 2);
        PhaseResult r = summary();
        assertThat(r.stages().get("kafka").count()).isEqualTo(1); // sent and received were noted
        assertThat(r.stages().get("inbox").count()).isEqualTo(1);
    }

    @Test
    void shouldReadCompactJsonToo() {
        phase.start(0);
        probe.begin(phase);
        Pinged ping = Pinged.of("abc-outbox-200", 3, 5, phase.intendedNanos(3));
        probe.received(record(ping, UUID.randomUUID(), System.currentTimeMillis()), EventJson.toJson(ping), 1);
        phase.invoked(3, 2);
        phase.done(3, 3);
        assertThat(summary().stages().get("inbox").count()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreARecordOfAnotherRunOrNotAPing() {
        Pinged stranger = Pinged.of("old-run", 3, 5, 0);
        UUID id = UUID.randomUUID();
        probe.received(record(stranger, id, 0), EventJson.toJson(stranger), 0); // no phase: nothing, no exception
        probe.received(record(stranger, id, 0), "{\"not\":\"a ping\"}", 0);
        assertThat(probe.takePosition(id)).isEqualTo(new Probe.Position(2, 41)); // the position is noted anyway
    }
}
