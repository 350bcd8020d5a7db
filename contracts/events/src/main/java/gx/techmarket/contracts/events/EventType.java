package gx.techmarket.contracts.events;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes one event type on the wire.
 *
 * <p>Public so that callers may describe event types the {@link EventCatalog} does not list, e.g. a library's
 * test-only events; the constructor enforces the naming rules every type and topic follow.
 *
 * @param type          the logical type {@code <service>.<PastTenseName>.v<major>}, e.g.
 *                      {@code registry.ContractRegistered.v1}; the CloudEvents {@code type}
 * @param topic         the Kafka topic {@code <service>.<aggregate-plural>.v<major>} of the same service and major
 *                      version, e.g. {@code registry.contracts.v1}
 * @param aggregateType the aggregate the event is about, e.g. {@code Contract}
 * @param recordType    the Java type the payload maps to
 */
public record EventType(String type, String topic, String aggregateType, Class<? extends DomainEvent> recordType) {

    /** {@code <service>.<PastTenseName>.v<major>}; groups: service, name, major version. */
    public static final Pattern TYPE_PATTERN =
            Pattern.compile("^([a-z][a-z0-9]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)$");

    /** {@code <service>.<aggregate-plural>.v<major>}; groups: service, aggregate plural, major version. */
    public static final Pattern TOPIC_PATTERN =
            Pattern.compile("^([a-z][a-z0-9]*)\\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\.v([1-9][0-9]*)$");

    /** The suffix of a topic's dead-letter topic: {@code <topic>.dlq}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private static final Pattern AGGREGATE_TYPE_PATTERN = Pattern.compile("^[A-Z][A-Za-z0-9]*$");

    private static final ClassValue<EventType> ANNOTATED = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected EventType computeValue(Class<?> recordType) {
            EventContract contract = recordType.getAnnotation(EventContract.class);
            if (contract == null || !DomainEvent.class.isAssignableFrom(recordType)) {
                throw new IllegalArgumentException(recordType.getName()
                        + " is not an event record: it must implement DomainEvent and carry @EventContract");
            }
            return new EventType(contract.type(), contract.topic(), contract.aggregateType(),
                    (Class<? extends DomainEvent>) recordType);
        }
    };

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(recordType, "recordType");
        Matcher t = TYPE_PATTERN.matcher(type);
        if (!t.matches()) {
            throw new IllegalArgumentException(
                    "event type '" + type + "' does not follow <service>.<PastTenseName>.v<major>");
        }
        Matcher p = TOPIC_PATTERN.matcher(topic);
        if (!p.matches()) {
            throw new IllegalArgumentException(
                    "topic '" + topic + "' does not follow <service>.<aggregate-plural>.v<major>");
        }
        if (!t.group(1).equals(p.group(1))) {
            throw new IllegalArgumentException(
                    "event type '" + type + "' belongs to service " + t.group(1) + " but topic '" + topic
                            + "' to " + p.group(1));
        }
        if (!t.group(3).equals(p.group(3))) {
            throw new IllegalArgumentException(
                    "event type '" + type + "' and topic '" + topic + "' differ in major version");
        }
        if (!AGGREGATE_TYPE_PATTERN.matcher(aggregateType).matches()) {
            throw new IllegalArgumentException("aggregate type '" + aggregateType + "' is not a PascalCase name");
        }
    }

    /**
     * The descriptor of an event record, from its {@link EventContract} annotation (cached per class).
     *
     * @throws IllegalArgumentException if the class is not an annotated {@link DomainEvent}, or its annotation
     *                                  breaks the naming rules
     */
    public static EventType of(Class<? extends DomainEvent> recordType) {
        return ANNOTATED.get(Objects.requireNonNull(recordType, "recordType"));
    }

    /** Whether {@code type} is a well-formed event type name. */
    public static boolean isTypeName(String type) {
        return type != null && TYPE_PATTERN.matcher(type).matches();
    }

    /** The producing service, e.g. {@code registry}: the CloudEvents {@code source}. */
    public String service() {
        return type.substring(0, type.indexOf('.'));
    }

    /** The past-tense name without service and version, e.g. {@code ContractRegistered}. */
    public String name() {
        return type.substring(type.indexOf('.') + 1, type.lastIndexOf('.'));
    }

    /** The major version, e.g. 1 for {@code registry.ContractRegistered.v1}. */
    public int majorVersion() {
        return Integer.parseInt(type.substring(type.lastIndexOf('.') + 2));
    }

    /** Where failed messages of the topic go: {@code <topic>.dlq}. */
    public String deadLetterTopic() {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The classpath resource holding the type's JSON Schema. */
    public String schemaResource() {
        return EventSchemas.schemaResource(type);
    }
}
