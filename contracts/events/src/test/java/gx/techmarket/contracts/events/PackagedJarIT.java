package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs against the packaged jar (failsafe puts it on the class path instead of target/classes). */
class PackagedJarIT {

    @Test
    void shouldLoadTheSchemasAndTheirReferencesFromTheJar() throws IOException {
        URL location = EventSchemas.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(location.getPath()).endsWith(".jar");
        URL schema = EventSchemas.class.getClassLoader().getResource("contracts/events/schemas/common.v1.schema.json");
        assertThat(schema).isNotNull();
        assertThat(schema.getProtocol()).isEqualTo("jar");

        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toURI()), Map.of())) {
            List<Path> examples;
            try (Stream<Path> files = Files.walk(jar.getPath("contracts/events/examples"))) {
                examples = files.filter(p -> p.toString().endsWith(".json")).toList();
            }
            assertThat(examples).hasSameSizeAs(ContractFiles.exampleFiles());
            for (Path example : examples) {
                String type = example.getParent().getFileName().toString();
                String json = Files.readString(example, StandardCharsets.UTF_8);
                assertThat(EventSchemas.validate(type, json)).as(example.toString()).isEmpty();
                // a violation inside a $ref'd definition (common.v1, loaded from the jar) is found
                String broken = json.replace("\"region\": \"45", "\"region\": \"4X");
                if (!broken.equals(json)) {
                    assertThat(EventSchemas.validate(type, broken)).isNotEmpty()
                            .allSatisfy(m -> assertThat(m).contains(".region: "));
                }
            }
            assertThat(Files.exists(jar.getPath("contracts/asyncapi.yaml"))).isTrue();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (DomainEvent event : Fixtures.allEvents()) {
            assertThat(EventSchemas.validate(event)).isEmpty();
        }
    }
}
