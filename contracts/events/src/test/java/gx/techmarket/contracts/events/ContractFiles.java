package gx.techmarket.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The contract files as they are on disk (the tests run in the module's directory, contracts/events). */
final class ContractFiles {

    static final Path SCHEMAS = Path.of("schemas");
    static final Path EXAMPLES = Path.of("examples");
    static final Path ASYNCAPI = Path.of("..", "asyncapi.yaml");
    static final String COMMON_SCHEMA = "common.v1.schema.json";

    private ContractFiles() {}

    /** Every schema file, events and shared definitions. */
    static List<Path> schemaFiles() {
        return list(SCHEMAS, 1).filter(p -> p.getFileName().toString().endsWith(EventSchemas.SCHEMA_SUFFIX)).toList();
    }

    /** The event schemas: every schema file named after an event type. */
    static List<Path> eventSchemaFiles() {
        return schemaFiles().stream().filter(p -> EventType.isTypeName(typeOf(p))).toList();
    }

    /** The event type a schema file or example folder is named after. */
    static String typeOf(Path schemaFile) {
        String name = schemaFile.getFileName().toString();
        return name.endsWith(EventSchemas.SCHEMA_SUFFIX)
                ? name.substring(0, name.length() - EventSchemas.SCHEMA_SUFFIX.length())
                : name;
    }

    /** The example folders, one per event type. */
    static List<Path> exampleFolders() {
        return list(EXAMPLES, 1).filter(Files::isDirectory).toList();
    }

    /** Every example file, in its type's folder. */
    static List<Path> exampleFiles() {
        return list(EXAMPLES, 2).filter(p -> p.toString().endsWith(".json")).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        return EventJson.readTree(read(file));
    }

    static String readClasspath(String resource) {
        try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> list(Path dir, int depth) {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(p -> !p.equals(dir)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
