package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventRecordsTest {

    static List<DomainEvent> events() {
        return Fixtures.allEvents();
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldSerialiseToJsonThatMatchesItsSchema(DomainEvent event) {
        assertThat(EventSchemas.validate(event)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldRoundTripThroughJson(DomainEvent event) {
        String json = EventJson.toJson(event);

        DomainEvent read = EventJson.fromJson(json, event.getClass());

        assertThat(read).isEqualTo(event);
        assertThat(EventJson.toJson(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldKeepTheAggregateIdAndDescriptorOffTheWire(DomainEvent event) {
        JsonNode json = EventJson.toTree(event);

        assertThat(json.has("aggregateId")).isFalse();
        assertThat(json.has("eventType")).isFalse();
        assertThat(json.path(ExamplesTest.aggregateIdField(event.eventType())).asText()).isEqualTo(event.aggregateId());
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldMatchItsSchemaWhenWrittenByAnotherwiseConfiguredMapper(DomainEvent event) throws Exception {
        // e.g. a framework's mapper: money stays a string and absent fields stay absent thanks to the annotations
        ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertThat(EventSchemas.validate(event.eventType().type(), plain.writeValueAsString(event))).isEmpty();
    }

    @Test
    void shouldWriteMoneyAsAStringWithTwoDecimalsAndNeverInExponentNotation() {
        ContractRegistered contract = Fixtures.contractRegistered();
        ContractRegistered large = new ContractRegistered(UUID.randomUUID(), "26450103000125", "大额技术开发合同",
                ContractType.DEVELOPMENT_COOPERATIVE, Fixtures.GXU, Fixtures.BAISE_HUAYIN, null, Fixtures.NANNING_STATION,
                new BigDecimal("1.2E+8"), BigDecimal.ZERO, new BigDecimal("120000000"), List.of(),
                contract.signedOn(), contract.registeredAt(), "2026.1");

        assertThat(EventJson.toJson(contract))
                .contains("\"totalContractAmount\":\"2600000.00\"")
                .contains("\"nonTechnicalAmount\":\"400000.00\"")
                .contains("\"amount\":\"350000.00\"");
        assertThat(EventJson.toJson(large))
                .contains("\"totalContractAmount\":\"120000000.00\"")
                .contains("\"nonTechnicalAmount\":\"0.00\"");
        assertThat(EventJson.toJson(Fixtures.subsidyGranted()))
                .contains("\"rate\":\"0.01\"")
                .contains("\"amount\":\"22000.00\"");
    }

    @Test
    void shouldWriteInstantsAndDatesAsRfc3339Strings() {
        String json = EventJson.toJson(Fixtures.contractRegistered());

        assertThat(json).contains("\"registeredAt\":\"2026-09-22T06:45:00Z\"").contains("\"signedOn\":\"2026-09-08\"");
    }

    @Test
    void shouldReadInstantsWithAnOffsetAsTheSameInstant() {
        String json = EventJson.toJson(Fixtures.resultWithdrawn())
                .replace("2026-05-20T08:15:00Z", "2026-05-20T16:15:00+08:00");

        assertThat(EventSchemas.validate("catalogue.ResultWithdrawn.v1", json)).isEmpty();
        assertThat(EventJson.fromJson(json, ResultWithdrawn.class).withdrawnAt())
                .isEqualTo(Instant.parse("2026-05-20T08:15:00Z"));
    }

    @Test
    void shouldLeaveAbsentOptionalFieldsOutRatherThanWriteNull() {
        JsonNode negotiable = EventJson.toTree(Fixtures.negotiableResultPublished());
        JsonNode direct = EventJson.toTree(Fixtures.directContractRegistered());

        assertThat(negotiable.has("askingPrice")).isFalse();
        assertThat(negotiable.has("trl")).isFalse();
        assertThat(negotiable.path("holder").has("parentUscc")).isFalse();
        assertThat(negotiable.path("patentNumbers").isArray()).isTrue();
        assertThat(negotiable.path("patentNumbers")).isEmpty();
        assertThat(direct.has("intermediary")).isFalse();
        assertThat(direct.path("nonTechnicalItems").isArray()).isTrue();
    }

    @Test
    void shouldIgnorePropertiesAddedByANewerRevisionWhenReading() {
        String json = EventJson.toJson(Fixtures.subsidyGranted())
                .replaceFirst("\\{", "{\"claimId\":\"" + UUID.randomUUID() + "\",");

        assertThat(EventJson.fromJson(json, SubsidyGranted.class)).isEqualTo(Fixtures.subsidyGranted());
    }

    @Test
    void shouldNormaliseAmountsToTwoDecimalsAndRejectFractionsOfAFen() {
        assertThat(Money.of("1250000").toPlainString()).isEqualTo("1250000.00");
        assertThat(Money.of(new BigDecimal("12.500")).toPlainString()).isEqualTo("12.50");
        assertThatThrownBy(() -> Money.of("12.345")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("分");
        assertThatThrownBy(() -> Money.of("-0.01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.of("10000000000000000.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("一百元")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.rate(new BigDecimal("0.001")).toPlainString()).isEqualTo("0.001");
        assertThatThrownBy(() -> Money.rate(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.rate(new BigDecimal("0.0000001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAContractWhoseAmountsDoNotAddUp() {
        ContractRegistered c = Fixtures.contractRegistered();

        assertThatThrownBy(() -> new ContractRegistered(c.contractId(), c.registrationNumber(), c.title(), c.contractType(),
                c.seller(), c.buyer(), c.intermediary(), c.registrationPoint(), c.totalContractAmount(),
                c.nonTechnicalAmount(), new BigDecimal("2600000.00"), c.nonTechnicalItems(), c.signedOn(),
                c.registeredAt(), c.ruleSetVersion()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("technologyTransactionAmount");
        assertThatThrownBy(() -> new ContractRegistered(c.contractId(), c.registrationNumber(), c.title(), c.contractType(),
                c.seller(), c.buyer(), c.intermediary(), c.registrationPoint(), c.totalContractAmount(),
                new BigDecimal("300000.00"), new BigDecimal("2300000.00"), c.nonTechnicalItems(), c.signedOn(),
                c.registeredAt(), c.ruleSetVersion()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum of the non-technical items");
    }

    @Test
    void shouldRefuseARegistrationNumberNotIssuedByTheRegistrationPoint() {
        ContractRegistered c = Fixtures.contractRegistered();

        assertThatThrownBy(() -> new ContractRegistered(c.contractId(), "26450301000123", c.title(), c.contractType(),
                c.seller(), c.buyer(), c.intermediary(), c.registrationPoint(), c.totalContractAmount(),
                c.nonTechnicalAmount(), c.technologyTransactionAmount(), c.nonTechnicalItems(), c.signedOn(),
                c.registeredAt(), c.ruleSetVersion()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registration point 0103");
    }

    @Test
    void shouldRefuseAnAskingPriceThatContradictsPriceNegotiable() {
        ResultPublished r = Fixtures.resultPublished();

        assertThatThrownBy(() -> new ResultPublished(r.resultId(), r.title(), r.summary(), r.industry(), r.maturity(),
                r.trl(), r.transferModes(), r.askingPrice(), true, r.patentNumbers(), r.holder(), r.regionCode(),
                r.publishedAt())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("面议");
        assertThatThrownBy(() -> new ResultPublished(r.resultId(), r.title(), r.summary(), r.industry(), r.maturity(),
                r.trl(), r.transferModes(), null, false, r.patentNumbers(), r.holder(), r.regionCode(),
                r.publishedAt())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asking price");
    }

    @Test
    void shouldRefuseARightWhoseNumberIsNotOfItsKindOrListedTwice() {
        assertThatThrownBy(() -> new Patent("ZL202310123456.7", PatentKind.SOFTWARE_COPYRIGHT, PatentStatus.GRANTED,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOFTWARE_COPYRIGHT");
        assertThatThrownBy(() -> new Patent("2021SR0123456", PatentKind.INVENTION, PatentStatus.PENDING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Patent("CN202310123456.7", PatentKind.INVENTION, PatentStatus.PENDING, null).kind().isPatent())
                .isTrue();
        ResultPublished r = Fixtures.resultPublished();
        Patent p = r.patents().get(0);
        Patent sameNumber = new Patent(p.number(), p.kind(), PatentStatus.TRANSFERRED, null);
        assertThatThrownBy(() -> new ResultPublished(r.resultId(), r.title(), r.summary(), r.industry(),
                r.maturity(), r.trl(), r.transferModes(), r.askingPrice(), false, r.patentNumbers(), r.holder(),
                r.regionCode(), r.publishedAt(), List.of(p, sameNumber)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patents");
    }

    @Test
    void shouldRefuseChallengeFieldsThatDoNotFitTheKind() {
        ChallengePublished c = Fixtures.technologyBreakthroughPublished();

        assertThatThrownBy(() -> new ChallengePublished(c.challengeId(), ChallengeKind.RESULT_TRANSFORMATION, c.demandId(),
                null, c.title(), c.demander(), null, c.regionCode(), c.deadline(), c.publishedAt()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("resultId");
        assertThatThrownBy(() -> new ChallengePublished(c.challengeId(), c.kind(), c.demandId(), Fixtures.RESULT_ID,
                c.title(), c.demander(), null, c.regionCode(), c.deadline(), c.publishedAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no resultId");
        assertThatThrownBy(() -> new ChallengeAwarded(c.challengeId(), c.kind(), c.demandId(), null, c.demander(), null,
                c.demander(), Fixtures.BID_ID, new BigDecimal("100.00"), 12, c.publishedAt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("winner");
    }

    @Test
    void shouldRefuseMalformedCodes() {
        assertThatThrownBy(() -> Party.of("91450100MA5K3B2L5", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uscc");
        assertThatThrownBy(() -> Party.of("91450100MA5K3B2L5H", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "4501"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> new Party("91450100MA5K3B2L5H", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100",
                "91450100MA5K3B2L5H")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own parent");
        assertThatThrownBy(() -> Party.of("91450100MA5K3B2L5H", " ", OrgKind.ENTERPRISE, "450100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void shouldRefuseABudgetRangeThatIsUpsideDown() {
        DemandPublished d = Fixtures.demandPublished();

        assertThatThrownBy(() -> new DemandPublished(d.demandId(), d.title(), d.problem(), d.industry(), d.budgetMax(),
                d.budgetMin(), d.deadline(), d.regionCode(), d.cooperationModes(), d.demander(), d.publishedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budgetMin");
    }

    @Test
    void shouldHoldImmutableCopiesOfLists() {
        List<TransferMode> modes = new ArrayList<>(List.of(TransferMode.TRANSFER));
        ResultPublished r = Fixtures.resultPublished();
        ResultPublished result = new ResultPublished(r.resultId(), r.title(), r.summary(), r.industry(), r.maturity(),
                r.trl(), modes, r.askingPrice(), false, r.patentNumbers(), r.holder(), r.regionCode(), r.publishedAt());

        modes.add(TransferMode.LICENSE);

        assertThat(result.transferModes()).containsExactly(TransferMode.TRANSFER);
        assertThatThrownBy(() -> result.transferModes().add(TransferMode.LICENSE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldGroupEveryContractTypeUnderItsCategory() {
        assertThat(ContractType.TRANSFER_PATENT_APPLICATION.category()).isEqualTo(ContractCategory.TRANSFER);
        assertThat(ContractType.LICENSE_TECHNICAL_SECRET.category()).isEqualTo(ContractCategory.LICENSE);
        assertThat(ContractType.SERVICE_INTERMEDIARY.category()).isEqualTo(ContractCategory.SERVICE);
        for (ContractType type : ContractType.values()) {
            assertThat(type.name()).startsWith(type.category().name());
        }
    }

    @Test
    void shouldRefuseAnAgreementWhoseSharesOrMilestonesDoNotAddUp() {
        AgreementSigned a = Fixtures.agreementSigned();
        assertThatThrownBy(() -> new AgreementSigned(a.challengeId(), a.kind(), a.agreementId(), a.bidId(), a.title(),
                a.seller(), a.buyer(), a.contractType(), a.totalInvestment(), a.enterpriseShare(),
                new BigDecimal("1199999.99"), a.supportShare(), a.provinceSupport(), a.milestones(), a.signedAt()))
                .hasMessageContaining("is not totalInvestment");
        assertThatThrownBy(() -> new AgreementSigned(a.challengeId(), a.kind(), a.agreementId(), a.bidId(), a.title(),
                a.seller(), a.buyer(), a.contractType(), a.totalInvestment(), a.enterpriseShare(), a.bidderShare(),
                a.supportShare(), new BigDecimal("1000000.01"), a.milestones(), a.signedAt()))
                .hasMessageContaining("add up to 1000000.00");
        assertThatThrownBy(() -> new AgreementSigned(a.challengeId(), a.kind(), a.agreementId(), a.bidId(), a.title(),
                a.seller(), a.buyer(), a.contractType(), a.totalInvestment(), a.enterpriseShare(), a.bidderShare(),
                new BigDecimal("0.51"), a.provinceSupport(), a.milestones(), a.signedAt()))
                .hasMessageContaining("exceeds 0.50");
        assertThatThrownBy(() -> new AgreementSigned(a.challengeId(), a.kind(), a.agreementId(), a.bidId(), a.title(),
                a.seller(), a.buyer(), ContractType.LICENSE_PATENT, a.totalInvestment(), a.enterpriseShare(),
                a.bidderShare(), a.supportShare(), a.provinceSupport(), a.milestones(), a.signedAt()))
                .hasMessageContaining("DEVELOPMENT_COMMISSIONED");
        assertThatThrownBy(() -> new AgreementSigned(a.challengeId(), a.kind(), a.agreementId(), a.bidId(), a.title(),
                a.seller(), a.buyer(), a.contractType(), a.totalInvestment(), a.enterpriseShare(), a.bidderShare(),
                a.supportShare(), a.provinceSupport(), List.of(a.milestones().get(1), a.milestones().get(0)),
                a.signedAt()))
                .hasMessageContaining("numbered");
    }
}
