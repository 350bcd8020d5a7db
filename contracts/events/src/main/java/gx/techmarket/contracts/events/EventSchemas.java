package gx.techmarket.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Validates event payloads against their JSON Schemas (draft 2020-12).
 *
 * <p>The schema of type {@code T} is the classpath resource {@code contracts/events/schemas/T.schema.json}; its
 * {@code $ref}s to other files in that folder (such as {@code common.v1.schema.json}) resolve on the classpath
 * too, whether the folder is a directory or inside a jar, and nothing is ever fetched from the network. The
 * thread's context class loader is searched first, then this module's, so a test can add a schema for a
 * test-only event type by placing it on its own test classpath. Schemas are loaded once and cached; every method
 * is thread-safe.
 *
 * <p>Formats ({@code date-time}, {@code date}, {@code uuid}) are asserted, not only annotated.
 */
public final class EventSchemas {

    /** The classpath folder holding the schemas. */
    public static final String SCHEMA_DIRECTORY = "contracts/events/schemas/";

    /**
     * The base of every schema's {@code $id}: {@code <base><type>.schema.json}. The host is a reserved example
     * domain on purpose: an {@code $id} is a name, resolved to the classpath here, never fetched.
     */
    public static final String SCHEMA_BASE_IRI = "https://techmarket.example/contracts/events/schemas/";

    /** The file name suffix of a schema. */
    public static final String SCHEMA_SUFFIX = ".schema.json";

    private static final Pattern SCHEMA_FILE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*\\.schema\\.json$");

    private static final ConcurrentMap<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /**
     * Validates a payload given as JSON text.
     *
     * @return the violations, each naming the failing JSON path ({@code $.seller.uscc: ...}); empty if valid
     * @throws UnknownEventTypeException if there is no schema for {@code type}
     */
    public static List<String> validate(String type, String json) {
        Schema schema = schema(type);
        JsonNode payload;
        try {
            payload = EventJson.readTree(json);
        } catch (IllegalArgumentException e) {
            return List.of("$: " + e.getMessage());
        }
        return violations(schema, payload);
    }

    /**
     * Validates a payload given as a JSON tree.
     *
     * @return the violations, each naming the failing JSON path; empty if valid
     * @throws UnknownEventTypeException if there is no schema for {@code type}
     */
    public static List<String> validate(String type, JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        return violations(schema(type), payload);
    }

    /**
     * Validates an event record as it goes on the wire: written with {@link EventJson#mapper()}, checked against
     * the schema of its type ({@link DomainEvent#eventType()}).
     *
     * @return the violations, each naming the failing JSON path; empty if valid
     * @throws UnknownEventTypeException if there is no schema for the record's type
     */
    public static List<String> validate(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        return validate(event.eventType().type(), EventJson.toJson(event));
    }

    /**
     * Validates an event as the payload of a given type, e.g. a test-only type described by the caller.
     *
     * @throws UnknownEventTypeException if there is no schema for the type
     */
    public static List<String> validate(EventType type, DomainEvent event) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(event, "event");
        return validate(type.type(), EventJson.toJson(event));
    }

    /**
     * Checks an event before it is published.
     *
     * @throws InvalidEventException     if it does not match its schema
     * @throws UnknownEventTypeException if there is no schema for its type
     */
    public static void requireValid(DomainEvent event) {
        List<String> violations = validate(event);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(event.eventType().type(), violations);
        }
    }

    /**
     * Checks a payload given as JSON text.
     *
     * @throws InvalidEventException     if it does not match the schema of {@code type}
     * @throws UnknownEventTypeException if there is no schema for {@code type}
     */
    public static void requireValid(String type, String json) {
        List<String> violations = validate(type, json);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type, violations);
        }
    }

    /** Whether a schema for {@code type} is on the classpath. */
    public static boolean hasSchema(String type) {
        return EventType.isTypeName(type)
                && (SCHEMAS.containsKey(type) || findResource(schemaResource(type)).isPresent());
    }

    /** The classpath resource of the schema of {@code type}: {@code contracts/events/schemas/<type>.schema.json}. */
    public static String schemaResource(String type) {
        return SCHEMA_DIRECTORY + requireTypeName(type) + SCHEMA_SUFFIX;
    }

    /** The {@code $id} of the schema of {@code type}. */
    public static String schemaId(String type) {
        return SCHEMA_BASE_IRI + requireTypeName(type) + SCHEMA_SUFFIX;
    }

    private static String requireTypeName(String type) {
        if (!EventType.isTypeName(type)) {
            throw new UnknownEventTypeException(type,
                    "'" + type + "' is not an event type name (<service>.<PastTenseName>.v<major>, e.g. "
                            + "registry.ContractRegistered.v1)");
        }
        return type;
    }

    private static Schema schema(String type) {
        requireTypeName(type);
        Schema schema = SCHEMAS.get(type);
        return schema != null ? schema : SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static Schema load(String type) {
        String resource = schemaResource(type);
        URL url = findResource(resource).orElseThrow(() -> new UnknownEventTypeException(type,
                "no JSON Schema for event type '" + type + "': the classpath has no " + resource));
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        JsonNode node;
        try {
            node = EventJson.readTree(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the schema of " + type + " at " + url + " is " + e.getMessage(), e);
        }
        try {
            Schema schema = Registry.INSTANCE.getSchema(SchemaLocation.of(schemaId(type)), node);
            schema.initializeValidators(); // resolves every $ref now, not on first use by some unlucky thread
            return schema;
        } catch (RuntimeException e) {
            throw new IllegalStateException("the schema of " + type + " at " + url + " cannot be loaded: "
                    + e.getMessage(), e);
        }
    }

    private static List<String> violations(Schema schema, JsonNode payload) {
        List<Error> errors = schema.validate(payload);
        return errors.stream().map(EventSchemas::describe).toList();
    }

    private static String describe(Error error) {
        String path = error.getInstanceLocation().toString();
        String message = error.getMessage();
        return message.startsWith(path + ":") ? message : path + ": " + message;
    }

    /** Looks in the thread's context class loader first (test-only schemas), then in this module's. */
    static Optional<URL> findResource(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = context != null ? context.getResource(name) : null;
        if (url == null) {
            url = EventSchemas.class.getClassLoader().getResource(name);
        }
        return Optional.ofNullable(url);
    }

    /** Loads {@code $ref}ed schema files under {@link #SCHEMA_BASE_IRI} from {@link #SCHEMA_DIRECTORY}. */
    private static InputStreamSource classpathSchema(com.networknt.schema.AbsoluteIri iri) {
        String value = iri.toString();
        if (!value.startsWith(SCHEMA_BASE_IRI)) {
            return null;
        }
        String file = value.substring(SCHEMA_BASE_IRI.length());
        if (!SCHEMA_FILE.matcher(file).matches()) {
            return null;
        }
        return findResource(SCHEMA_DIRECTORY + file).<InputStreamSource>map(url -> url::openStream).orElse(null);
    }

    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .pathType(PathType.JSON_PATH)
                                .locale(Locale.ENGLISH)
                                .build())
                        .schemaLoader(loader -> loader.resourceLoaders(
                                loaders -> loaders.add(EventSchemas::classpathSchema))));
    }
}
