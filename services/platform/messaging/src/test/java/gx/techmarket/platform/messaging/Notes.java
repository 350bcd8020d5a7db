package gx.techmarket.platform.messaging;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventType;

/** The test-only events of the probe application (their schemas are in src/test/resources/contracts). */
final class Notes {

    static final String TOPIC = "probe.notes.v1";
    static final String DLQ = TOPIC + ".dlq";
    static final EventType WRITTEN = new EventType("probe.NoteWritten.v1", TOPIC, "Note", NoteWritten.class);
    static final EventType ACKNOWLEDGED =
            new EventType("probe.NoteAcknowledged.v1", TOPIC, "Note", NoteAcknowledged.class);

    record NoteWritten(String noteId, int sequence, String text) implements DomainEvent {
        @Override
        public String aggregateId() {
            return noteId;
        }
    }

    record NoteAcknowledged(String noteId, int sequence) implements DomainEvent {
        @Override
        public String aggregateId() {
            return noteId;
        }
    }

    private Notes() {}
}
