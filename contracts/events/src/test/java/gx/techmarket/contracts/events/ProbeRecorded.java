package gx.techmarket.contracts.events;

import java.util.UUID;

/**
 * A test-only event: its schema is on the test classpath only
 * (src/test/resources/contracts/events/schemas/test.ProbeRecorded.v1.schema.json), as another module's tests would
 * add one. The catalog does not list it.
 */
@EventContract(type = "test.ProbeRecorded.v1", topic = "test.probes.v1", aggregateType = "Probe")
record ProbeRecorded(UUID probeId, Party recordedBy, String note) implements DomainEvent {

    @Override
    public String aggregateId() {
        return probeId.toString();
    }
}
