package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact a service publishes about one of its aggregates. Implemented by the immutable event records of this
 * package, each annotated with {@link EventContract}.
 */
public interface DomainEvent {

    /**
     * The id of the aggregate the event is about: the CloudEvents {@code subject} and the Kafka key, so one
     * aggregate's events stay in order on one partition.
     */
    @JsonIgnore
    String aggregateId();

    /** The event's descriptor, read from the record's {@link EventContract} annotation. */
    @JsonIgnore
    default EventType eventType() {
        return EventType.of(getClass());
    }
}
