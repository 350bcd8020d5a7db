package gx.techmarket.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 in Kafka's binary content mode: the attributes travel as {@code ce_*} record headers, the data
 * as the record value and the Kafka key is the subject. SmallRye Reactive Messaging reads the same layout.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}

    /** The envelope of one event. */
    public record Envelope(UUID id, String type, String source, String subject, Instant time, UUID correlationId,
            UUID causationId) {}

    public static void write(Headers headers, Envelope e) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, e.id().toString());
        put(headers, TYPE, e.type());
        put(headers, SOURCE, e.source());
        put(headers, SUBJECT, e.subject());
        put(headers, TIME, e.time().toString());
        put(headers, CONTENT_TYPE, JSON);
        put(headers, CORRELATION_ID, e.correlationId().toString());
        if (e.causationId() != null) {
            put(headers, CAUSATION_ID, e.causationId().toString());
        }
    }

    /**
     * Reads the envelope of a record.
     *
     * @throws PoisonMessageException if a required attribute is missing or malformed: retrying cannot fix it
     */
    public static Envelope read(Headers headers) {
        String spec = get(headers, SPEC_VERSION);
        if (!"1.0".equals(spec)) {
            throw new PoisonMessageException("not a CloudEvents 1.0 record (ce_specversion=" + spec + ")");
        }
        UUID id = uuid(headers, ID, true);
        String type = required(headers, TYPE);
        String source = required(headers, SOURCE);
        String subject = required(headers, SUBJECT);
        Instant time;
        try {
            time = Instant.parse(required(headers, TIME));
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 timestamp");
        }
        String contentType = get(headers, CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(JSON)) {
            throw new PoisonMessageException("content-type " + contentType + " is not " + JSON);
        }
        UUID correlation = uuid(headers, CORRELATION_ID, false);
        return new Envelope(id, type, source, subject, time, correlation != null ? correlation : id,
                uuid(headers, CAUSATION_ID, false));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    private static UUID uuid(Headers headers, String name, boolean required) {
        String value = required ? required(headers, name) : get(headers, name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException(name + " is not a UUID");
        }
    }
}
