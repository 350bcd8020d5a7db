package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCatalogTest {

    @Test
    void shouldListEveryEventWithItsTopicAndAggregate() {
        assertThat(EventCatalog.all())
                .extracting(EventType::type, EventType::topic, EventType::aggregateType, EventType::recordType)
                .containsExactly(
                        tuple("catalogue.ResultPublished.v1", "catalogue.results.v1", "Result", ResultPublished.class),
                        tuple("catalogue.ResultWithdrawn.v1", "catalogue.results.v1", "Result", ResultWithdrawn.class),
                        tuple("demand.DemandPublished.v1", "demand.demands.v1", "Demand", DemandPublished.class),
                        tuple("demand.DemandClosed.v1", "demand.demands.v1", "Demand", DemandClosed.class),
                        tuple("demand.DemandExpired.v1", "demand.demands.v1", "Demand", DemandExpired.class),
                        tuple("demand.DemandMatched.v1", "demand.demands.v1", "Demand", DemandMatched.class),
                        tuple("bidding.ChallengePublished.v1", "bidding.challenges.v1", "Challenge", ChallengePublished.class),
                        tuple("bidding.ChallengeAwarded.v1", "bidding.challenges.v1", "Challenge", ChallengeAwarded.class),
                        tuple("bidding.ChallengeFailed.v1", "bidding.challenges.v1", "Challenge", ChallengeFailed.class),
                        tuple("bidding.AgreementSigned.v1", "bidding.challenges.v1", "Challenge", AgreementSigned.class),
                        tuple("bidding.MilestoneAccepted.v1", "bidding.challenges.v1", "Challenge", MilestoneAccepted.class),
                        tuple("bidding.ChallengeRevised.v1", "bidding.challenges.v1", "Challenge", ChallengeRevised.class),
                        tuple("bidding.ChallengeCancelled.v1", "bidding.challenges.v1", "Challenge",
                                ChallengeCancelled.class),
                        tuple("bidding.ComplaintFiled.v1", "bidding.challenges.v1", "Challenge", ComplaintFiled.class),
                        tuple("bidding.ComplaintDecided.v1", "bidding.challenges.v1", "Challenge", ComplaintDecided.class),
                        tuple("bidding.AgreementTermsWritten.v1", "bidding.challenges.v1", "Challenge",
                                AgreementTermsWritten.class),
                        tuple("bidding.MilestoneReturned.v1", "bidding.challenges.v1", "Challenge",
                                MilestoneReturned.class),
                        tuple("registry.ContractDrafted.v1", "registry.contracts.v1", "Contract", ContractDrafted.class),
                        tuple("registry.ContractReturned.v1", "registry.contracts.v1", "Contract", ContractReturned.class),
                        tuple("registry.ContractRegistered.v1", "registry.contracts.v1", "Contract", ContractRegistered.class),
                        tuple("registry.ContractRefused.v1", "registry.contracts.v1", "Contract", ContractRefused.class),
                        tuple("registry.ContractAmended.v1", "registry.contracts.v1", "Contract", ContractAmended.class),
                        tuple("registry.ContractDeregistered.v1", "registry.contracts.v1", "Contract",
                                ContractDeregistered.class),
                        tuple("registry.ContractDeadlineApproaching.v1", "registry.contracts.v1", "Contract",
                                ContractDeadlineApproaching.class),
                        tuple("subsidy.SubsidyGranted.v1", "subsidy.grants.v1", "Entitlement", SubsidyGranted.class),
                        tuple("subsidy.ClaimDecided.v1", "subsidy.claims.v1", "Claim", ClaimDecided.class),
                        tuple("subsidy.SubsidyPaid.v1", "subsidy.grants.v1", "PaymentBatch", SubsidyPaid.class),
                        tuple("subsidy.VoucherIssued.v1", "subsidy.grants.v1", "Voucher", VoucherIssued.class),
                        tuple("subsidy.VoucherRedeemed.v1", "subsidy.grants.v1", "Voucher", VoucherRedeemed.class),
                        tuple("subsidy.VoucherExpired.v1", "subsidy.grants.v1", "Voucher", VoucherExpired.class),
                        tuple("subsidy.BudgetChanged.v1", "subsidy.grants.v1", "Programme", BudgetChanged.class),
                        tuple("directory.OrganisationVerified.v1", "directory.organisations.v1", "Organisation",
                                OrganisationVerified.class),
                        tuple("directory.OrganisationChanged.v1", "directory.organisations.v1", "Organisation",
                                OrganisationChanged.class),
                        tuple("directory.OrganisationSuspended.v1", "directory.organisations.v1", "Organisation",
                                OrganisationSuspended.class),
                        tuple("directory.QualificationGranted.v1", "directory.organisations.v1", "Organisation",
                                QualificationGranted.class),
                        tuple("directory.QualificationExpired.v1", "directory.organisations.v1", "Organisation",
                                QualificationExpired.class),
                        tuple("directory.RegistrationPointOpened.v1", "directory.organisations.v1", "Organisation",
                                RegistrationPointOpened.class),
                        tuple("directory.RegistrationPointClosed.v1", "directory.organisations.v1", "Organisation",
                                RegistrationPointClosed.class),
                        tuple("directory.BrokerChanged.v1", "directory.organisations.v1", "Broker",
                                BrokerChanged.class),
                        tuple("matching.InterestExpressed.v1", "matching.interests.v1", "Interest",
                                InterestExpressed.class),
                        tuple("matching.InterestAnswered.v1", "matching.interests.v1", "Interest",
                                InterestAnswered.class),
                        tuple("matching.BrokerInvited.v1", "matching.interests.v1", "Interest", BrokerInvited.class),
                        tuple("matching.InterestClosed.v1", "matching.interests.v1", "Interest",
                                InterestClosed.class),
                        tuple("matching.MatchesFound.v1", "matching.matches.v1", "Listing", MatchesFound.class));
        assertThat(EventCatalog.topics()).containsExactly("bidding.challenges.v1", "catalogue.results.v1",
                "demand.demands.v1", "directory.organisations.v1", "matching.interests.v1", "matching.matches.v1",
                "registry.contracts.v1",
                "subsidy.claims.v1", "subsidy.grants.v1");
        assertThat(EventCatalog.byTopic("bidding.challenges.v1")).extracting(EventType::recordType)
                .containsExactly(ChallengePublished.class, ChallengeAwarded.class, ChallengeFailed.class,
                        AgreementSigned.class, MilestoneAccepted.class, ChallengeRevised.class,
                        ChallengeCancelled.class, ComplaintFiled.class, ComplaintDecided.class,
                        AgreementTermsWritten.class, MilestoneReturned.class);
        assertThat(EventCatalog.byTopic("catalogue.matches.v1")).isEmpty();
    }

    @Test
    void shouldMapRecordsToTypesAndBack() {
        for (EventType type : EventCatalog.all()) {
            assertThat(EventCatalog.byType(type.type())).contains(type);
            assertThat(EventCatalog.byRecordType(type.recordType())).contains(type);
            assertThat(EventType.of(type.recordType())).isEqualTo(type);
        }
        for (DomainEvent event : Fixtures.allEvents()) {
            assertThat(EventCatalog.byRecordType(event.getClass())).contains(event.eventType());
        }
    }

    @Test
    void shouldReturnEmptyForWhatItDoesNotList() {
        assertThat(EventCatalog.byType("registry.ContractRegistered.v2")).isEmpty();
        assertThat(EventCatalog.byType("gx.techmarket.contracts.events.ContractRegistered")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
        assertThat(EventCatalog.byRecordType(ProbeRecorded.class)).isEmpty();
        assertThat(EventCatalog.byRecordType(Party.class)).isEmpty();
    }

    @Test
    void shouldNameTopicsServiceAggregatePluralMajor() {
        for (EventType type : EventCatalog.all()) {
            Matcher topic = EventType.TOPIC_PATTERN.matcher(type.topic());
            assertThat(topic.matches()).as(type.topic()).isTrue();
            assertThat(topic.group(1)).isEqualTo(type.service());
            assertThat(topic.group(2)).endsWith("s");
            assertThat(Integer.parseInt(topic.group(3))).isEqualTo(type.majorVersion());
            assertThat(type.topic()).isEqualTo(type.service() + "." + topic.group(2) + ".v" + type.majorVersion());
            assertThat(type.deadLetterTopic()).isEqualTo(type.topic() + ".dlq");
        }
        // the aggregate's plural, except where the topic names what the aggregate yields (an Entitlement's grants, and
        // a PaymentBatch's payments of them, kept on the grants' topic so their consumers hear both in order; a
        // Voucher, the grant of a voucher programme, and a Programme-year's budget, which grants and vouchers draw on,
        // on the same topic for the same reason; a Listing's computed matches, whose listing lives in catalogue or
        // demand; a Broker of the directory's register, told with the organisations it works for)
        assertThat(EventCatalog.all())
                .filteredOn(t -> !Set.of("Entitlement", "PaymentBatch", "Voucher", "Programme", "Listing", "Broker")
                        .contains(t.aggregateType()))
                .allSatisfy(t -> assertThat(t.topic()).contains("." + t.aggregateType().toLowerCase(Locale.ROOT) + "s."));
    }

    @Test
    void shouldHaveASchemaAndAnExampleForEveryType() {
        for (EventType type : EventCatalog.all()) {
            assertThat(EventSchemas.hasSchema(type.type())).as(type.type()).isTrue();
            assertThat(type.schemaResource()).isEqualTo("contracts/events/schemas/" + type.type() + ".schema.json");
            assertThat(Files.isDirectory(ContractFiles.EXAMPLES.resolve(type.type()))).as(type.type()).isTrue();
            assertThat(ContractFiles.exampleFiles()).anySatisfy(
                    e -> assertThat(e.getParent().getFileName().toString()).isEqualTo(type.type()));
        }
    }

    @Test
    void shouldBeImmutableRecordsThatImplementDomainEvent() {
        for (EventType type : EventCatalog.all()) {
            Class<? extends DomainEvent> record = type.recordType();
            assertThat(record.isRecord()).as(record.getName()).isTrue();
            assertThat(Modifier.isPublic(record.getModifiers())).isTrue();
            assertThat(record.getSimpleName()).isEqualTo(type.name());
            assertThat(record.getAnnotation(EventContract.class)).isNotNull();
        }
    }

    @Test
    void shouldDescribeTheNamePartsOfAType() {
        EventType registered = EventCatalog.byType("registry.ContractRegistered.v1").orElseThrow();

        assertThat(registered.service()).isEqualTo("registry");
        assertThat(registered.name()).isEqualTo("ContractRegistered");
        assertThat(registered.majorVersion()).isEqualTo(1);
        assertThat(registered.deadLetterTopic()).isEqualTo("registry.contracts.v1.dlq");
    }

    @Test
    void shouldLetCallersDescribeATestOnlyType() {
        EventType probe = new EventType("test.ProbeRecorded.v1", "test.probes.v1", "Probe", ProbeRecorded.class);

        assertThat(EventType.of(ProbeRecorded.class)).isEqualTo(probe);
        assertThat(new ProbeRecorded(UUID.randomUUID(), Fixtures.GXU, "ok").eventType()).isEqualTo(probe);
        assertThat(EventCatalog.all()).doesNotContain(probe);
        assertThat(new EventType("registry.ContractRegistered.v2", "registry.contracts.v2", "Contract",
                ContractRegistered.class).majorVersion()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ContractRegistered|registry.contracts.v1",
            "gx.techmarket.contracts.events.ContractRegistered|registry.contracts.v1",
            "registry.contractRegistered.v1|registry.contracts.v1",
            "registry.ContractRegistered.v0|registry.contracts.v0",
            "registry.ContractRegistered|registry.contracts",
            "registry.ContractRegistered.v1|registry.Contracts.v1",
            "registry.ContractRegistered.v1|registry.contracts.v1.dlq",
            "registry.ContractRegistered.v1|subsidy.contracts.v1",
            "registry.ContractRegistered.v2|registry.contracts.v1"})
    void shouldRefuseTypeAndTopicNamesThatBreakTheRules(String typeAndTopic) {
        String[] parts = typeAndTopic.split("\\|");

        assertThatThrownBy(() -> new EventType(parts[0], parts[1], "Contract", ContractRegistered.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAClassWithoutTheAnnotation() {
        record Unannotated(UUID id) implements DomainEvent {
            @Override
            public String aggregateId() {
                return id.toString();
            }
        }

        assertThatThrownBy(() -> EventType.of(Unannotated.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@EventContract");
    }
}
