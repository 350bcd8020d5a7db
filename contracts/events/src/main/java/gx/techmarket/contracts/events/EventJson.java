package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The JSON mapping of event payloads, the same for every producer and consumer:
 * <ul>
 *   <li>{@link BigDecimal} as a JSON string in plain notation ({@code "1250000.00"}), never a JSON number;</li>
 *   <li>{@code Instant} as an RFC 3339 string in UTC ({@code "2026-03-16T01:30:00Z"}), {@code LocalDate} as
 *       {@code "2026-06-30"}, never numeric timestamps;</li>
 *   <li>absent optional fields are left out rather than written as {@code null};</li>
 *   <li>a tolerant reader: properties a newer minor revision of the schema added are ignored.</li>
 * </ul>
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newMapper();

    private EventJson() {}

    /**
     * The shared, configured mapper. Thread-safe; do not reconfigure it (use {@link #newMapper()} for a copy to
     * customise).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the event configuration, e.g. to register with a framework that customises it. */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .build();
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }

    /** The event's payload as JSON text. */
    public static String toJson(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getName() + " as JSON", e);
        }
    }

    /** The event's payload as a JSON tree, exactly as {@link #toJson(DomainEvent)} writes it. */
    public static JsonNode toTree(DomainEvent event) {
        return readTree(toJson(event));
    }

    /**
     * Reads a payload into its record.
     *
     * @throws IllegalArgumentException if the JSON is malformed or does not make a valid record
     */
    public static <T extends DomainEvent> T fromJson(String json, Class<T> recordType) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(recordType, "recordType");
        try {
            return MAPPER.readValue(json, recordType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + recordType.getSimpleName() + " from JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads a payload of the given type into its record ({@link EventType#recordType()}). */
    public static DomainEvent fromJson(EventType type, String json) {
        Objects.requireNonNull(type, "type");
        return fromJson(json, type.recordType());
    }

    /**
     * Parses JSON text into a tree, numbers as {@link BigDecimal}.
     *
     * @throws IllegalArgumentException if it is not well-formed JSON
     */
    public static JsonNode readTree(String json) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("not well-formed JSON: no content");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not well-formed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
