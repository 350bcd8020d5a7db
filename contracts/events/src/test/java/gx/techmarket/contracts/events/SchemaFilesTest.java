package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaFilesTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));

    static List<Path> schemaFiles() {
        return ContractFiles.schemaFiles();
    }

    static List<Path> eventSchemaFiles() {
        return ContractFiles.eventSchemaFiles();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void shouldBeAValidDraft202012Schema(Path file) {
        JsonNode schema = ContractFiles.readJson(file);

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(META_SCHEMA.validate(schema)).extracting(Error::toString).isEmpty();
        assertThat(schema.path("$id").asText()).isEqualTo(EventSchemas.SCHEMA_BASE_IRI + file.getFileName());
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"strnig\"}",
            "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"string\", \"minLength\": -1}",
            "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"required\": \"title\"}"})
    void shouldCatchAnInvalidSchemaWithTheMetaSchema(String invalidSchema) {
        assertThat(META_SCHEMA.validate(EventJson.readTree(invalidSchema))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventSchemaFiles")
    void shouldCloseTheTopLevelObjectAndListEveryRequiredProperty(Path file) {
        JsonNode schema = ContractFiles.readJson(file);
        String type = ContractFiles.typeOf(file);

        assertThat(schema.path("$id").asText()).isEqualTo(EventSchemas.schemaId(type));
        assertThat(schema.path("title").asText()).startsWith(type + " ");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
        assertThat(schema.path("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.path("required").isArray()).isTrue();
        assertThat(schema.path("required")).isNotEmpty();
        for (JsonNode required : schema.path("required")) {
            assertThat(schema.path("properties").has(required.asText()))
                    .as("required property %s of %s is defined", required.asText(), type)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void shouldCloseEveryNestedObject(Path file) {
        List<String> open = new ArrayList<>();
        collectOpenObjects(ContractFiles.readJson(file), "#", open);
        assertThat(open).as("object schemas without additionalProperties: false").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void shouldBeOnTheClasspathUnderContractsEventsSchemas(Path file) {
        String resource = EventSchemas.SCHEMA_DIRECTORY + file.getFileName();
        assertThat(ContractFiles.readClasspath(resource)).isEqualTo(ContractFiles.read(file));
    }

    @Test
    void shouldKeepTheJavaCodePatternsEqualToTheSchemaPatterns() {
        JsonNode defs = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve(ContractFiles.COMMON_SCHEMA)).path("$defs");
        JsonNode registry = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve("registry.ContractRegistered.v1.schema.json"))
                .path("properties");
        JsonNode result = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve("catalogue.ResultPublished.v1.schema.json"))
                .path("properties");
        JsonNode subsidy = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve("subsidy.SubsidyGranted.v1.schema.json"))
                .path("properties");

        Map<Pattern, JsonNode> pairs = Map.of(
                Codes.USCC, defs.path("Uscc").path("pattern"),
                Codes.REGION_CODE, defs.path("RegionCode").path("pattern"),
                Codes.REGISTRATION_NUMBER, defs.path("RegistrationNumber").path("pattern"),
                Codes.UPPER_SNAKE_CODE, defs.path("IndustryCode").path("pattern"),
                Codes.REGISTRATION_POINT_CODE,
                registry.path("registrationPoint").path("properties").path("code").path("pattern"),
                Codes.RULE_SET_VERSION, registry.path("ruleSetVersion").path("pattern"),
                Codes.PATENT_NUMBER, result.path("patentNumbers").path("items").path("pattern"));
        pairs.forEach((java, schema) -> assertThat(java.pattern()).isEqualTo(schema.asText()));
        assertThat(subsidy.path("programmeCode").path("pattern").asText()).isEqualTo(Codes.UPPER_SNAKE_CODE.pattern());
        JsonNode broker = properties("directory.BrokerChanged.v1");
        assertThat(Codes.ACCOUNT_SUBJECT.pattern()).isEqualTo(defs.path("Uuid").path("pattern").asText());
        assertThat(Codes.BROKER_CERTIFICATE.pattern())
                .isEqualTo(broker.path("certificateNumber").path("pattern").asText());
        assertThat(EventType.TYPE_PATTERN.matcher("registry.ContractRegistered.v1").matches()).isTrue();
    }

    @Test
    void shouldNameTheGlossaryIndustriesAsExamplesOfTheIndustryCode() {
        JsonNode industry = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve(ContractFiles.COMMON_SCHEMA))
                .path("$defs").path("IndustryCode");
        List<String> examples = new ArrayList<>();
        industry.path("examples").forEach(e -> examples.add(e.asText()));

        assertThat(examples).containsExactly("SUGAR", "AUTOMOTIVE", "MACHINERY", "ELECTRONIC_INFORMATION", "BIOMEDICINE",
                "NEW_MATERIALS", "METALLURGY", "NONFERROUS_METAL_PROCESSING", "ALUMINIUM", "FOOD_PROCESSING",
                "WOOD_PROCESSING", "MODERN_AGRICULTURE");
        examples.forEach(code -> assertThat(code).matches(Codes.UPPER_SNAKE_CODE));
    }

    @Test
    void shouldListExactlyTheJavaEnumConstantsInTheSchemaEnums() {
        JsonNode defs = ContractFiles.readJson(ContractFiles.SCHEMAS.resolve(ContractFiles.COMMON_SCHEMA)).path("$defs");
        JsonNode result = properties("catalogue.ResultPublished.v1");
        JsonNode demand = properties("demand.DemandPublished.v1");
        JsonNode contract = properties("registry.ContractRegistered.v1");

        assertEnum(defs.path("OrgKind"), OrgKind.values());
        assertEnum(defs.path("TransferMode"), TransferMode.values());
        assertEnum(defs.path("ChallengeKind"), ChallengeKind.values());
        assertEnum(result.path("maturity"), Maturity.values());
        assertEnum(demand.path("cooperationModes").path("items"), CooperationMode.values());
        assertEnum(contract.path("contractType"), ContractType.values());
        assertEnum(contract.path("nonTechnicalItems").path("items").path("properties").path("category"),
                NonTechnicalItemCategory.values());
        assertEnum(properties("bidding.ComplaintFiled.v1").path("subject"), ComplaintSubject.values());
        assertEnum(properties("bidding.ComplaintDecided.v1").path("subject"), ComplaintSubject.values());
        assertEnum(properties("bidding.ComplaintDecided.v1").path("decision"), ComplaintDecision.values());
        assertEnum(properties("directory.BrokerChanged.v1").path("status"), BrokerChanged.Status.values());
    }

    private static JsonNode properties(String type) {
        return ContractFiles.readJson(ContractFiles.SCHEMAS.resolve(type + EventSchemas.SCHEMA_SUFFIX)).path("properties");
    }

    private static void assertEnum(JsonNode schema, Enum<?>[] constants) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        assertThat(values).containsExactly(java.util.Arrays.stream(constants).map(Enum::name).toArray(String[]::new));
    }

    private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
        if (node.isObject()) {
            boolean objectSchema = "object".equals(node.path("type").asText()) && node.has("properties");
            JsonNode additional = node.path("additionalProperties");
            if (objectSchema && !(additional.isBoolean() && !additional.asBoolean())) {
                open.add(path);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectOpenObjects(field.getValue(), path + "/" + field.getKey(), open);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), path + "/" + i, open);
            }
        }
    }
}
