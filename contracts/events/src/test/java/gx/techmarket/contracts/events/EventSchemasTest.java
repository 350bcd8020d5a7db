package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSchemasTest {

    @Test
    void shouldFailClearlyForATypeWithoutASchema() {
        assertThatThrownBy(() -> EventSchemas.validate("registry.ContractRegistered.v9", "{}"))
                .isInstanceOfSatisfying(UnknownEventTypeException.class, e -> {
                    assertThat(e.type()).isEqualTo("registry.ContractRegistered.v9");
                    assertThat(e).hasMessageContaining("registry.ContractRegistered.v9")
                            .hasMessageContaining("contracts/events/schemas/registry.ContractRegistered.v9.schema.json");
                });
        assertThat(EventSchemas.hasSchema("registry.ContractRegistered.v9")).isFalse();
        // and again: a missing schema is not cached as if it existed
        assertThatThrownBy(() -> EventSchemas.validate("registry.ContractRegistered.v9", "{}"))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void shouldRefuseNamesThatAreNotEventTypes() {
        String[] names = {"../../../etc/passwd", "common.v1", "gx.techmarket.contracts.events.ContractRegistered", ""};
        for (String name : names) {
            assertThatThrownBy(() -> EventSchemas.validate(name, "{}"))
                    .isInstanceOf(UnknownEventTypeException.class)
                    .hasMessageContaining("not an event type name");
            assertThat(EventSchemas.hasSchema(name)).isFalse();
        }
        assertThatThrownBy(() -> EventSchemas.validate(null, "{}")).isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void shouldNameTheSchemaResourceAndIdOfAType() {
        assertThat(EventSchemas.schemaResource("subsidy.SubsidyGranted.v1"))
                .isEqualTo("contracts/events/schemas/subsidy.SubsidyGranted.v1.schema.json");
        assertThat(EventSchemas.schemaId("subsidy.SubsidyGranted.v1"))
                .isEqualTo("https://techmarket.example/contracts/events/schemas/subsidy.SubsidyGranted.v1.schema.json");
    }

    @Test
    void shouldValidateATestOnlyTypeWhoseSchemaIsOnTheTestClasspath() {
        ProbeRecorded ok = new ProbeRecorded(UUID.randomUUID(), Fixtures.GUILIN_SUGAR, "短备注");
        ProbeRecorded tooLong = new ProbeRecorded(UUID.randomUUID(), Fixtures.GUILIN_SUGAR, "这条备注超过了十个字符的长度限制");
        EventType described = new EventType("test.ProbeRecorded.v1", "test.probes.v1", "Probe", ProbeRecorded.class);

        assertThat(EventSchemas.hasSchema("test.ProbeRecorded.v1")).isTrue();
        assertThat(EventSchemas.validate(ok)).isEmpty();
        assertThat(EventSchemas.validate(described, ok)).isEmpty();
        assertThat(EventSchemas.validate(tooLong)).singleElement().asString().startsWith("$.note: ");
        // the shared definitions it references are checked too
        assertThat(EventSchemas.validate("test.ProbeRecorded.v1",
                "{\"probeId\":\"" + UUID.randomUUID() + "\","
                        + "\"recordedBy\":{\"uscc\":\"x\",\"name\":\"n\",\"kind\":\"ENTERPRISE\","
                        + "\"region\":\"450100\"},\"note\":\"n\"}"))
                .singleElement().asString().startsWith("$.recordedBy.uscc: ");
        assertThatThrownBy(() -> EventSchemas.requireValid(tooLong))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.type()).isEqualTo("test.ProbeRecorded.v1"));
    }

    @Test
    void shouldFindASchemaThroughTheContextClassLoader(@TempDir Path dir) throws Exception {
        // how a framework's class loader (Quarkus tests, application servers) brings its own schemas
        Path schemas = Files.createDirectories(dir.resolve("contracts/events/schemas"));
        Files.writeString(schemas.resolve("test.IsolatedThingHappened.v1.schema.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://techmarket.example/contracts/events/schemas/test.IsolatedThingHappened.v1.schema.json",
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["region"],
                  "properties": { "region": { "$ref": "common.v1.schema.json#/$defs/RegionCode" } }
                }
                """, StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(EventSchemas.hasSchema("test.IsolatedThingHappened.v1")).isFalse();
            thread.setContextClassLoader(loader);

            assertThat(EventSchemas.hasSchema("test.IsolatedThingHappened.v1")).isTrue();
            assertThat(EventSchemas.validate("test.IsolatedThingHappened.v1", "{\"region\":\"451000\"}")).isEmpty();
            assertThat(EventSchemas.validate("test.IsolatedThingHappened.v1", "{\"region\":\"45100\"}"))
                    .singleElement().asString().startsWith("$.region: ");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void shouldValidateFromManyThreadsAtOnce() throws Exception {
        List<Path> examples = ContractFiles.exampleFiles();
        List<String> texts = examples.stream().map(ContractFiles::read).toList();
        String invalid = texts.get(0).replace("\"2026", "\"20260");
        String invalidType = examples.get(0).getParent().getFileName().toString();
        List<String> expectedViolations = EventSchemas.validate(invalidType, invalid);
        assertThat(expectedViolations).isNotEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < examples.size(); i++) {
                            String type = examples.get(i).getParent().getFileName().toString();
                            if (!EventSchemas.validate(type, texts.get(i)).isEmpty()) {
                                return false;
                            }
                        }
                        if (!EventSchemas.validate(invalidType, invalid).equals(expectedViolations)) {
                            return false;
                        }
                        if (!EventSchemas.validate(Fixtures.contractRegistered()).isEmpty()) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
