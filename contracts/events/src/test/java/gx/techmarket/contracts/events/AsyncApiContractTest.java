package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** contracts/asyncapi.yaml agrees with the schema files, the EventCatalog and the service table of the architecture. */
class AsyncApiContractTest {

    private static final String DRAFT_2020_12_FORMAT = "application/schema+json;version=draft-2020-12";
    private static final List<String> REQUIRED_CLOUDEVENT_HEADERS = List.of("ce_specversion", "ce_id", "ce_type",
            "ce_source", "ce_subject", "ce_time", "content-type", "ce_correlationid");
    /** Absent when nothing identified caused the event. */
    private static final String CAUSATION_HEADER = "ce_causationid";

    /** Who consumes which events: docs/architecture.md's service table and the event-backbone issue. */
    /** Every deciding service keeps a read model of the directory (services/platform/organisations). */
    private static final Set<String> DIRECTORY_EVENTS = Set.of("directory.OrganisationVerified.v1", "directory.OrganisationChanged.v1",
                    "directory.OrganisationSuspended.v1", "directory.QualificationGranted.v1",
                    "directory.QualificationExpired.v1", "directory.RegistrationPointOpened.v1",
                    "directory.RegistrationPointClosed.v1");

    private static final Map<String, Map<String, Set<String>>> CONSUMERS = Map.of(
            "directory.organisations.v1", Map.of(
                    "catalogue", DIRECTORY_EVENTS,
                    "demand", DIRECTORY_EVENTS,
                    "bidding", DIRECTORY_EVENTS,
                    "registry", DIRECTORY_EVENTS,
                    "subsidy", DIRECTORY_EVENTS,
                    "notification", DIRECTORY_EVENTS,
                    "matching", DIRECTORY_EVENTS,
                    "statistics", union(DIRECTORY_EVENTS, Set.of("directory.BrokerChanged.v1"))),
            "catalogue.results.v1", Map.of(
                    "demand", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1"),
                    "bidding", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1"),
                    "registry", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1"),
                    "portal", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1"),
                    "notification", Set.of("catalogue.ResultPublished.v1"),
                    "matching", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1"),
                    "statistics", Set.of("catalogue.ResultPublished.v1", "catalogue.ResultWithdrawn.v1")),
            "demand.demands.v1", Map.of(
                    "catalogue", Set.of("demand.DemandPublished.v1"),
                    "bidding", Set.of("demand.DemandPublished.v1", "demand.DemandClosed.v1",
                            "demand.DemandExpired.v1", "demand.DemandMatched.v1"),
                    "registry", Set.of("demand.DemandPublished.v1", "demand.DemandClosed.v1",
                            "demand.DemandExpired.v1", "demand.DemandMatched.v1"),
                    "portal", Set.of("demand.DemandPublished.v1"),
                    "notification", Set.of("demand.DemandPublished.v1", "demand.DemandExpired.v1",
                            "demand.DemandMatched.v1"),
                    "matching", Set.of("demand.DemandPublished.v1", "demand.DemandClosed.v1",
                            "demand.DemandExpired.v1", "demand.DemandMatched.v1"),
                    "statistics", Set.of("demand.DemandPublished.v1", "demand.DemandClosed.v1",
                            "demand.DemandExpired.v1", "demand.DemandMatched.v1")),
            "bidding.challenges.v1", Map.of(
                    "demand", Set.of("bidding.ChallengePublished.v1"),
                    "registry", Set.of("bidding.AgreementSigned.v1"),
                    "subsidy", Set.of("bidding.MilestoneAccepted.v1"),
                    "portal", Set.of("bidding.ChallengePublished.v1", "bidding.ChallengeAwarded.v1"),
                    "notification", Set.of("bidding.ChallengePublished.v1", "bidding.ChallengeAwarded.v1",
                            "bidding.AgreementSigned.v1", "bidding.MilestoneAccepted.v1",
                            "bidding.ChallengeFailed.v1", "bidding.ChallengeRevised.v1",
                            "bidding.ChallengeCancelled.v1", "bidding.ComplaintFiled.v1",
                            "bidding.ComplaintDecided.v1", "bidding.AgreementTermsWritten.v1",
                            "bidding.MilestoneReturned.v1"),
                    "statistics", Set.of("bidding.ChallengePublished.v1", "bidding.ChallengeAwarded.v1",
                            "bidding.ChallengeFailed.v1", "bidding.ChallengeCancelled.v1")),
            "registry.contracts.v1", Map.of(
                    "demand", Set.of("registry.ContractDrafted.v1"),
                    "subsidy", Set.of("registry.ContractRegistered.v1", "registry.ContractAmended.v1",
                            "registry.ContractDeregistered.v1"),
                    "portal", Set.of("registry.ContractRegistered.v1"),
                    "notification", Set.of("registry.ContractDrafted.v1", "registry.ContractReturned.v1",
                            "registry.ContractRegistered.v1", "registry.ContractRefused.v1",
                            "registry.ContractAmended.v1", "registry.ContractDeregistered.v1",
                            "registry.ContractDeadlineApproaching.v1"),
                    "statistics", Set.of("registry.ContractRegistered.v1", "registry.ContractAmended.v1",
                            "registry.ContractDeregistered.v1")),
            "subsidy.grants.v1", Map.of(
                    "portal", Set.of("subsidy.SubsidyGranted.v1"),
                    "notification", Set.of("subsidy.SubsidyGranted.v1", "subsidy.SubsidyPaid.v1"),
                    "statistics", Set.of("subsidy.SubsidyGranted.v1", "subsidy.SubsidyPaid.v1",
                            "subsidy.VoucherIssued.v1", "subsidy.VoucherRedeemed.v1", "subsidy.VoucherExpired.v1",
                            "subsidy.BudgetChanged.v1")),
            "subsidy.claims.v1", Map.of(
                    "notification", Set.of("subsidy.ClaimDecided.v1"),
                    "statistics", Set.of("subsidy.ClaimDecided.v1")),
            "matching.interests.v1", Map.of(
                    "notification", Set.of("matching.InterestExpressed.v1", "matching.InterestAnswered.v1",
                            "matching.BrokerInvited.v1")),
            "matching.matches.v1", Map.of(
                    "notification", Set.of("matching.MatchesFound.v1")));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static final JsonNode DOC = readYaml(ContractFiles.read(ContractFiles.ASYNCAPI));

    private static JsonNode readYaml(String yaml) {
        try {
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a local reference such as {@code #/components/messages/ResultPublished}. */
    private static JsonNode resolve(JsonNode maybeRef) {
        String ref = maybeRef.path("$ref").asText(null);
        if (ref == null) {
            return maybeRef;
        }
        assertThat(ref).startsWith("#/");
        JsonNode target = DOC.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("reference %s resolves", ref).isFalse();
        return resolve(target);
    }

    private static Map<String, JsonNode> channelsByAddress() {
        Map<String, JsonNode> channels = new TreeMap<>();
        for (Map.Entry<String, JsonNode> channel : DOC.path("channels").properties()) {
            channels.put(channel.getValue().path("address").asText(), channel.getValue());
        }
        return channels;
    }

    private static List<JsonNode> messagesOf(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.path("messages").forEach(m -> messages.add(resolve(m)));
        return messages;
    }

    private static Set<String> names(List<JsonNode> messages) {
        Set<String> names = new TreeSet<>();
        messages.forEach(m -> names.add(m.path("name").asText()));
        return names;
    }

    @Test
    void shouldBeAnAsyncApi3Document() {
        assertThat(DOC.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.path("info").path("title").asText()).isNotBlank();
        assertThat(DOC.path("defaultContentType").asText()).isEqualTo("application/json");
    }

    @Test
    void shouldBeOnTheClasspathNextToTheSchemasItReferences() {
        assertThat(ContractFiles.readClasspath("contracts/asyncapi.yaml"))
                .isEqualTo(ContractFiles.read(ContractFiles.ASYNCAPI));
    }

    @Test
    void shouldReferenceAnExistingSchemaFileNamedAfterEachMessage() {
        for (Map.Entry<String, JsonNode> entry : DOC.path("components").path("messages").properties()) {
            JsonNode message = entry.getValue();
            JsonNode payload = message.path("payload");
            String ref = payload.path("schema").path("$ref").asText();

            assertThat(payload.path("schemaFormat").asText()).as(entry.getKey()).isEqualTo(DRAFT_2020_12_FORMAT);
            assertThat(ref).as(entry.getKey()).isEqualTo("./events/schemas/" + message.path("name").asText() + ".schema.json");
            Path file = ContractFiles.ASYNCAPI.resolveSibling(ref).normalize();
            assertThat(Files.isRegularFile(file)).as("%s exists", file).isTrue();
            assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        }
    }

    @Test
    void shouldReferenceEverySchemaFileFromAMessageOrAnotherSchema() {
        Set<String> referenced = new HashSet<>();
        DOC.path("components").path("messages").forEach(m -> referenced.add(
                Path.of(m.path("payload").path("schema").path("$ref").asText()).getFileName().toString()));
        for (Path schema : ContractFiles.schemaFiles()) {
            String text = ContractFiles.read(schema);
            ContractFiles.schemaFiles().stream()
                    .map(p -> p.getFileName().toString())
                    .filter(name -> text.contains("\"" + name + "#"))
                    .forEach(referenced::add);
        }

        assertThat(referenced).containsExactlyInAnyOrderElementsOf(
                ContractFiles.schemaFiles().stream().map(p -> p.getFileName().toString()).toList());
        Set<String> messageNames = new TreeSet<>();
        DOC.path("components").path("messages").forEach(m -> messageNames.add(m.path("name").asText()));
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                ContractFiles.eventSchemaFiles().stream().map(ContractFiles::typeOf).toList());
    }

    @Test
    void shouldHaveAChannelAndADeadLetterChannelPerTopicCarryingTheCataloguedTypes() {
        Map<String, JsonNode> channels = channelsByAddress();
        Set<String> expected = new TreeSet<>();
        EventCatalog.topics().forEach(t -> {
            expected.add(t);
            expected.add(t + EventType.DEAD_LETTER_SUFFIX);
        });

        assertThat(channels.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String topic : EventCatalog.topics()) {
            Set<String> types = new TreeSet<>(EventCatalog.byTopic(topic).stream().map(EventType::type).toList());
            assertThat(names(messagesOf(channels.get(topic)))).as(topic).isEqualTo(types);
            assertThat(names(messagesOf(channels.get(topic + ".dlq")))).as(topic + ".dlq").isEqualTo(types);
            assertThat(channels.get(topic).path("bindings").path("kafka").path("topic").asText()).isEqualTo(topic);
        }
    }

    @Test
    void shouldHaveEachTopicSentByItsOwnServiceOnlyAndReceivedByItsConsumers() {
        Map<String, Set<String>> senders = new HashMap<>();
        Map<String, Map<String, Set<String>>> receivers = new HashMap<>();
        Map<String, Map<String, Set<String>>> deadLetterers = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : DOC.path("operations").properties()) {
            JsonNode operation = entry.getValue();
            JsonNode channel = resolve(operation.path("channel"));
            String address = channel.path("address").asText();
            String service = operation.path("tags").path(0).path("name").asText();
            assertThat(operation.path("tags")).as(entry.getKey()).hasSize(1);
            assertThat(entry.getKey()).startsWith(service + ".");
            List<JsonNode> messages = new ArrayList<>();
            for (JsonNode ref : operation.path("messages")) {
                assertThat(ref.path("$ref").asText()).as("%s lists messages of its own channel", entry.getKey())
                        .startsWith(operation.path("channel").path("$ref").asText() + "/messages/");
                messages.add(resolve(ref));
            }
            assertThat(messages).as(entry.getKey()).isNotEmpty();
            String action = operation.path("action").asText();
            if (address.endsWith(".dlq")) {
                assertThat(action).isEqualTo("send");
                deadLetterers.computeIfAbsent(address.substring(0, address.length() - 4), k -> new HashMap<>())
                        .put(service, names(messages));
            } else if (action.equals("send")) {
                senders.computeIfAbsent(address, k -> new HashSet<>()).add(service);
                assertThat(names(messages)).isEqualTo(names(messagesOf(channel)));
            } else {
                assertThat(action).isEqualTo("receive");
                assertThat(operation.path("bindings").path("kafka").path("groupId").path("const").asText())
                        .as("%s consumes in its own consumer group", entry.getKey()).isEqualTo(service);
                receivers.computeIfAbsent(address, k -> new HashMap<>()).put(service, names(messages));
            }
        }

        for (String topic : EventCatalog.topics()) {
            assertThat(senders.get(topic)).as(topic).containsExactly(topic.substring(0, topic.indexOf('.')));
        }
        assertThat(receivers).isEqualTo(CONSUMERS);
        assertThat(deadLetterers).as("every consumer, and only a consumer, dead-letters what it consumes")
                .isEqualTo(CONSUMERS);
    }

    @Test
    void shouldCarryTheCloudEventsHeadersAndTheAggregateIdAsKey() {
        JsonNode headers = DOC.path("components").path("messageTraits").path("CloudEvent").path("headers");
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(h -> required.add(h.asText()));

        assertThat(required).containsExactlyInAnyOrderElementsOf(REQUIRED_CLOUDEVENT_HEADERS);
        assertThat(headers.path("properties").has(CAUSATION_HEADER)).isTrue();
        assertThat(headers.path("properties").size()).isEqualTo(REQUIRED_CLOUDEVENT_HEADERS.size() + 1);
        assertThat(headers.path("properties").path("ce_specversion").path("const").asText()).isEqualTo("1.0");
        assertThat(headers.path("properties").path("content-type").path("const").asText()).isEqualTo("application/json");
        List<String> deadLetterRequired = new ArrayList<>();
        DOC.path("components").path("messageTraits").path("DeadLetter").path("headers").path("required")
                .forEach(h -> deadLetterRequired.add(h.asText()));
        assertThat(deadLetterRequired).as("trait merging replaces arrays: the dead-letter trait keeps the ce_* headers")
                .containsAll(REQUIRED_CLOUDEVENT_HEADERS);

        for (Map.Entry<String, JsonNode> entry : DOC.path("components").path("messages").properties()) {
            JsonNode message = entry.getValue();
            String type = message.path("name").asText();
            EventType eventType = EventCatalog.byType(type).orElseThrow();
            List<String> traits = new ArrayList<>();
            message.path("traits").forEach(t -> traits.add(t.path("$ref").asText()));
            JsonNode own = message.path("headers").path("properties");

            assertThat(traits).as(entry.getKey()).contains("#/components/messageTraits/CloudEvent");
            assertThat(traits.contains("#/components/messageTraits/DeadLetter")).as(entry.getKey())
                    .isEqualTo(entry.getKey().endsWith("DeadLetter"));
            assertThat(own.path("ce_type").path("const").asText()).isEqualTo(type);
            assertThat(own.path("ce_source").path("const").asText()).isEqualTo("/techmarket/" + eventType.service());
            JsonNode key = message.path("bindings").path("kafka").path("key");
            assertThat(key.path("type").asText()).isEqualTo("string");
            if (eventType.aggregateType().equals("Organisation")) {
                // an organisation is known by its USCC, not by a UUID of ours
                assertThat(key.path("pattern").asText()).isEqualTo(Codes.USCC.pattern());
                assertThat(key.path("description").asText()).contains("USCC", "ce_subject");
            } else {
                assertThat(key.path("format").asText()).isEqualTo("uuid");
                assertThat(key.path("description").asText())
                        .contains(ExamplesTest.aggregateIdField(eventType), "ce_subject");
            }
        }
    }
}
