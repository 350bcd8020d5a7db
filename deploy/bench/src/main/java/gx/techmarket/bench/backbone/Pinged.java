package gx.techmarket.bench.backbone;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventContract;

/**
 * The backbone part's event: one timed ping. A real event type in every respect the library checks (naming rules,
 * a JSON Schema on the classpath, validated on publish and on consume), but defined here: no service has it.
 *
 * @param pingId          {@code <run>-<sequence>}: the ping, unique
 * @param aggregate       the aggregate id, and so the Kafka key: {@code <run>-a<sequence mod aggregates>}, so that
 *                        every aggregate has several events and their order can be checked
 * @param run             the phase it belongs to
 * @param sequence        its position in the phase's schedule
 * @param intendedAtNanos when the schedule intended it to be written ({@link System#nanoTime()} of this JVM)
 */
@EventContract(type = Pinged.TYPE, topic = Pinged.TOPIC, aggregateType = "Ping")
public record Pinged(String pingId, String aggregate, String run, long sequence, long intendedAtNanos)
        implements DomainEvent {

    public static final String TYPE = "bench.Pinged.v1";
    public static final String TOPIC = "bench.pings.v1";
    public static final String DLQ = TOPIC + ".dlq";

    static Pinged of(String run, long sequence, int aggregates, long intendedAtNanos) {
        return new Pinged(run + "-" + sequence, run + "-a" + (sequence % aggregates), run, sequence,
                intendedAtNanos);
    }

    @Override
    public String aggregateId() {
        return aggregate;
    }
}
