package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Registered contracts arriving from Kafka become entitlements, ledger postings and SubsidyGranted events. */
@SubsidyTest
class EntitlementDerivationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theIssuesExampleGivesBrokerRegistrationPointAndBuyerTheirAmountsToTheFen() {
        ContractRegistered contract = Contracts.example();
        UUID eventId = Contracts.send(contract);

        Map<String, Map<String, Object>> byProgramme = Contracts.awaitEntitlements(contract, 3);
        assertThat(contract.technologyTransactionAmount()).isEqualByComparingTo("800000.00");

        Map<String, Object> broker = byProgramme.get("INTERMEDIARY_SUBSIDY");
        assertThat(broker.get("amount")).isEqualTo("8000.00");
        assertThat(broker.get("basisAmount")).isEqualTo("800000.00");
        assertThat(broker.get("rate")).isEqualTo("0.01");
        assertThat(broker.get("status")).isEqualTo("GRANTED");
        assertThat(Contracts.path(broker, "beneficiary.uscc")).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());

        Map<String, Object> point = byProgramme.get("REGISTRATION_BODY_SUBSIDY");
        assertThat(point.get("amount")).isEqualTo("800.00");
        assertThat(point.get("rate")).isEqualTo("0.001");
        assertThat(Contracts.path(point, "beneficiary.uscc")).isEqualTo(Orgs.NANNING_REGISTRY.uscc());
        assertThat(Contracts.path(point, "beneficiary.region")).isEqualTo("450100");

        Map<String, Object> buyer = byProgramme.get("RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(buyer.get("amount")).isEqualTo("160000.00");
        assertThat(buyer.get("rate")).isEqualTo("0.20");
        assertThat(buyer.get("capped")).isEqualTo(false);
        assertThat(Contracts.path(buyer, "beneficiary.uscc")).isEqualTo(Orgs.LIUZHOU_AUTO_PARTS.uscc());

        // traceable: contract, registration number, policy clause, budget year
        for (Map<String, Object> e : byProgramme.values()) {
            assertThat(e.get("contractId")).isEqualTo(contract.contractId().toString());
            assertThat(e.get("registrationNumber")).isEqualTo(contract.registrationNumber());
            assertThat((String) e.get("policyClause")).contains("桂政发〔2018〕51号");
            assertThat(e.get("budgetYear")).isEqualTo(2026);
            assertThat(e.get("journalEntryId")).isNotNull();
        }

        // each grant is one balanced ledger entry: Dr BUDGET, Cr PAYABLE
        String entry = (String) broker.get("journalEntryId");
        assertThat(Db.decimal(dataSource, "select amount from journal_line where entry_id = ? and account_code = ?",
                UUID.fromString(entry), "BUDGET:INTERMEDIARY_SUBSIDY:2026")).isEqualByComparingTo("8000.00");
        assertThat(Db.decimal(dataSource, "select amount from journal_line where entry_id = ? and account_code = ?",
                UUID.fromString(entry), "PAYABLE:INTERMEDIARY_SUBSIDY:" + Orgs.GX_TECH_TRANSFER.uscc()))
                .isEqualByComparingTo("-8000.00");

        // each is announced by SubsidyGranted, valid against its schema, caused by the contract's event
        for (Map<String, Object> e : byProgramme.values()) {
            String id = (String) e.get("id");
            ConsumerRecord<String, String> event = Topics.await("subsidy.grants.v1", Duration.ofSeconds(30),
                    r -> id.equals(r.key())).orElseThrow();
            assertThat(EventSchemas.validate("subsidy.SubsidyGranted.v1", event.value())).isEmpty();
            assertThat(Topics.header(event, "ce_type")).isEqualTo("subsidy.SubsidyGranted.v1");
            assertThat(Topics.header(event, "ce_source")).isEqualTo("/techmarket/subsidy");
            assertThat(Topics.header(event, "ce_causationid")).isEqualTo(eventId.toString());
            assertThat(Topics.header(event, "ce_correlationid")).isEqualTo(eventId.toString());
            JsonNode payload = EventJson.readTree(event.value());
            assertThat(payload.get("entitlementId").asText()).isEqualTo(id);
            assertThat(payload.get("programmeCode").asText()).isEqualTo(e.get("programmeCode"));
            assertThat(payload.get("amount").asText()).isEqualTo(e.get("amount"));
            assertThat(payload.get("basisAmount").asText()).isEqualTo("800000.00");
            assertThat(payload.get("contractId").asText()).isEqualTo(contract.contractId().toString());
            assertThat(payload.get("registrationNumber").asText()).isEqualTo(contract.registrationNumber());
            assertThat(payload.get("budgetYear").asInt()).isEqualTo(2026);
        }
    }

    @Test
    void theBuyerPostSubsidyStopsAtThePerContractCap() {
        Map<String, Map<String, Object>> byProgramme = Contracts.sendAndAwait(Contracts.contract(
                ContractType.LICENSE_PATENT, Orgs.GUET, Orgs.BAISE_ALUMINIUM, null, "3000000.00", "0.00"), 2);
        Map<String, Object> buyer = byProgramme.get("RESULT_TRANSFORMATION_POST_SUBSIDY");
        assertThat(buyer.get("amount")).isEqualTo("500000.00"); // 0.20 × 3,000,000.00 = 600,000.00, capped
        assertThat(buyer.get("capped")).isEqualTo(true);
        assertThat(byProgramme.get("REGISTRATION_BODY_SUBSIDY").get("amount")).isEqualTo("3000.00");
        // no broker: no intermediary entitlement
        assertThat(byProgramme).doesNotContainKey("INTERMEDIARY_SUBSIDY");
    }

    @Test
    void aBuyerOutsideGuangxiGetsNothingButTheBrokerAndTheRegistrationPointDo() {
        // the directory knows the 杭州 enterprise (in 330100): the broker's relation to it is known, unrelated
        DirectoryFixtures.publish(dataSource, DirectoryFixtures.verified(Contracts.HANGZHOU_ENTERPRISE));
        Map<String, Map<String, Object>> byProgramme = Contracts.sendAndAwait(Contracts.contract(
                ContractType.TRANSFER_TECHNICAL_SECRET, Orgs.GXU, Contracts.HANGZHOU_ENTERPRISE,
                Orgs.LIUZHOU_TECH_BROKERS, "600000.00", "0.00"), 2);
        assertThat(byProgramme).containsOnlyKeys("INTERMEDIARY_SUBSIDY", "REGISTRATION_BODY_SUBSIDY");
        assertThat(byProgramme.get("INTERMEDIARY_SUBSIDY").get("amount")).isEqualTo("6000.00");
        assertThat(Contracts.path(byProgramme.get("INTERMEDIARY_SUBSIDY"), "beneficiary.uscc"))
                .isEqualTo(Orgs.LIUZHOU_TECH_BROKERS.uscc());
    }

    @Test
    void onlyTheRegistrationPointGetsAnythingFromASubsidiaryBuyingFromItsParentOrAContractBelowTheMinimum() {
        assertThat(Contracts.sendAndAwait(Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GX_SUGAR_GROUP,
                Orgs.GUILIN_SUGAR, null, "900000.00", "0.00"), 1)).containsOnlyKeys("REGISTRATION_BODY_SUBSIDY");
        Map<String, Map<String, Object>> belowMinimum = Contracts.sendAndAwait(Contracts.contract(
                ContractType.DEVELOPMENT_COMMISSIONED, Orgs.GUET, Orgs.LIUZHOU_AUTO_PARTS, null, "120000.00",
                "20000.01"), 1);
        assertThat(belowMinimum).containsOnlyKeys("REGISTRATION_BODY_SUBSIDY");
        // 1‰ of 99,999.99 = 99.99999, HALF_UP to the fen
        assertThat(belowMinimum.get("REGISTRATION_BODY_SUBSIDY").get("amount")).isEqualTo("100.00");
    }

    @Test
    void aConsultingContractGivesTheBuyerNothing() {
        assertThat(Contracts.sendAndAwait(Contracts.contract(ContractType.CONSULTING, Orgs.GXAS,
                Orgs.LIUZHOU_AUTO_PARTS, Orgs.GX_TECH_TRANSFER, "400000.00", "0.00"), 2))
                .containsOnlyKeys("INTERMEDIARY_SUBSIDY", "REGISTRATION_BODY_SUBSIDY");
    }

    @Test
    void theSameEventTwiceOrTheSameContractInANewEventGrantsNothingTwice() {
        ContractRegistered contract = Contracts.example();
        UUID eventId = UUID.randomUUID();
        String json = EventJson.toJson(contract);
        Contracts.send(contract.contractId().toString(), eventId, json);
        Contracts.send(contract.contractId().toString(), eventId, json);
        UUID replay = Contracts.send(contract); // the registry publishing the same contract again
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.handled(dataSource, ContractConsumer.CONSUMER, replay));

        assertThat(Contracts.awaitEntitlements(contract, 3)).hasSize(3);
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ?", contract.contractId()))
                .isEqualTo(3);
        assertThat(Db.count(dataSource, """
                select count(*) from journal_entry je join entitlement e on je.entitlement_id = e.id
                where e.contract_id = ?""", contract.contractId())).isEqualTo(3);
        assertThat(Db.count(dataSource, """
                select count(*) from outbox o join entitlement e on o.aggregateid = e.id::text
                where e.contract_id = ?""", contract.contractId())).isEqualTo(3);
        assertThat(Db.count(dataSource, "select count(*) from inbox where event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void aContractEventThatBreaksItsRulesGoesToTheDeadLetterTopicAndChangesNothing() {
        ContractRegistered contract = Contracts.example();
        // technologyTransactionAmount is not totalContractAmount - nonTechnicalAmount: the record refuses it
        String json = EventJson.toJson(contract).replace("\"technologyTransactionAmount\":\"800000.00\"",
                "\"technologyTransactionAmount\":\"900000.00\"");
        assertThat(json).contains("900000.00");
        UUID eventId = UUID.randomUUID();
        Contracts.send(contract.contractId().toString(), eventId, json);
        ConsumerRecord<String, String> dead = Topics.await("registry.contracts.v1.dlq", Duration.ofSeconds(30),
                r -> eventId.toString().equals(Topics.header(r, "ce_id"))).orElseThrow();
        assertThat(dead.value()).isEqualTo(json);
        assertThat(Db.count(dataSource, "select count(*) from entitlement where contract_id = ?", contract.contractId()))
                .isZero();
    }
}
