package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {

    private static final Set<String> USCC_FIELDS = Set.of("uscc", "parentUscc", "holderUscc", "beneficiaryUscc",
            "demanderUscc", "payeeUscc", "ownerUscc", "interestedUscc", "closedByUscc", "invitedByUscc",
            "agencyUscc");

    static List<Path> exampleFiles() {
        return ContractFiles.exampleFiles();
    }

    private static String typeOf(Path example) {
        return example.getParent().getFileName().toString();
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void shouldMatchItsTypesSchema(Path example) {
        assertThat(EventSchemas.validate(typeOf(example), ContractFiles.read(example))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void shouldReadIntoItsRecordAndWriteBackUnchanged(Path example) {
        EventType type = EventCatalog.byType(typeOf(example)).orElseThrow();
        JsonNode original = ContractFiles.readJson(example);

        DomainEvent event = EventJson.fromJson(type, ContractFiles.read(example));

        assertThat(event).isInstanceOf(type.recordType());
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(EventJson.toTree(event)).isEqualTo(original);
        assertThat(event.aggregateId()).isEqualTo(aggregateIdOf(type, original));
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void shouldUseUsccsWithAValidCheckCharacter(Path example) {
        List<String> usccs = new ArrayList<>();
        collectUsccs(ContractFiles.readJson(example), usccs);

        if (namesOrganisations(typeOf(example))) { // a budget change names none
            assertThat(usccs).isNotEmpty();
        }
        assertThat(usccs).allSatisfy(uscc -> assertThat(UsccCheck.hasValidCheckCharacter(uscc)).as(uscc).isTrue());
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void shouldBeOnTheClasspathUnderContractsEventsExamples(Path example) {
        String resource = "contracts/events/examples/" + typeOf(example) + "/" + example.getFileName();
        assertThat(ContractFiles.readClasspath(resource)).isEqualTo(ContractFiles.read(example));
    }

    @Test
    void shouldHaveAnExampleFolderForEveryCataloguedTypeAndNoOther() {
        List<String> folders = ContractFiles.exampleFolders().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(folders).containsExactlyInAnyOrderElementsOf(
                EventCatalog.all().stream().map(EventType::type).toList());
        for (String folder : folders) {
            assertThat(exampleFiles().stream().filter(e -> typeOf(e).equals(folder))).as(folder).isNotEmpty();
        }
    }

    @Test
    void shouldShowBothKindsOfTheKindDependentEvents() {
        Map<String, List<String>> kinds = Map.of(
                "bidding.ChallengePublished.v1", new ArrayList<>(),
                "bidding.ChallengeAwarded.v1", new ArrayList<>());
        for (Path example : exampleFiles()) {
            List<String> seen = kinds.get(typeOf(example));
            if (seen != null) {
                seen.add(ContractFiles.readJson(example).path("kind").asText());
            }
        }
        kinds.values().forEach(seen -> assertThat(seen)
                .containsExactlyInAnyOrder("TECHNOLOGY_BREAKTHROUGH", "RESULT_TRANSFORMATION"));
    }

    /**
     * The example's aggregate id: the {@code <aggregate>Id} field, except for an organisation, which is known by its
     * USCC ({@code uscc}, or {@code organisation.uscc} in an event carrying the whole organisation).
     */
    static String aggregateIdOf(EventType type, JsonNode example) {
        if (type.aggregateType().equals("Organisation")) {
            return example.has("uscc") ? example.path("uscc").asText() : example.at("/organisation/uscc").asText();
        }
        return example.path(aggregateIdField(type)).asText();
    }

    static String aggregateIdField(EventType type) {
        return Character.toLowerCase(type.aggregateType().charAt(0)) + type.aggregateType().substring(1) + "Id";
    }

    /** Whether the type's schema has a place for an organisation's USCC (a party, an organisation, a USCC field). */
    private static boolean namesOrganisations(String type) {
        String schema = ContractFiles.read(ContractFiles.SCHEMAS.resolve(type + EventSchemas.SCHEMA_SUFFIX));
        return schema.contains("#/$defs/Party") || schema.contains("#/$defs/Uscc")
                || schema.contains("#/$defs/Organisation");
    }

    private static void collectUsccs(JsonNode node, List<String> usccs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (USCC_FIELDS.contains(field.getKey())) {
                    usccs.add(field.getValue().asText());
                } else {
                    collectUsccs(field.getValue(), usccs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectUsccs(element, usccs));
        }
    }
}
