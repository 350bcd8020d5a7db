package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Hand-made invalid payloads: each is rejected, and the message names the JSON path and what is wrong. */
class InvalidPayloadTest {

    private static final String CONTRACT = "registry.ContractRegistered.v1";
    private static final String RESULT = "catalogue.ResultPublished.v1";
    private static final String CHALLENGE = "bidding.ChallengePublished.v1";
    private static final String GRANT = "subsidy.SubsidyGranted.v1";

    private static List<String> contractWith(Consumer<ObjectNode> change) {
        return validateExample(CONTRACT, "patent-transfer-brokered.json", change);
    }

    private static List<String> validateExample(String type, String example, Consumer<ObjectNode> change) {
        ObjectNode payload = (ObjectNode) ContractFiles.readJson(ContractFiles.EXAMPLES.resolve(type).resolve(example));
        assertThat(EventSchemas.validate(type, payload)).as("the unchanged example is valid").isEmpty();
        change.accept(payload);
        return EventSchemas.validate(type, payload.toString());
    }

    @Test
    void shouldRejectAUsccWithTheWrongLength() {
        assertThat(contractWith(p -> ((ObjectNode) p.path("seller")).put("uscc", "12450100498502410")))
                .singleElement().asString()
                .startsWith("$.seller.uscc: ")
                .contains("does not match the regex pattern");
    }

    @Test
    void shouldRejectAUsccWithLettersOutsideTheAlphabet() {
        // I, O, S, V and Z are not USCC characters; positions 3 to 8 are digits
        assertThat(contractWith(p -> ((ObjectNode) p.path("buyer")).put("uscc", "91450100MA5K3B2LIO"))).singleElement()
                .asString().startsWith("$.buyer.uscc: ");
        assertThat(contractWith(p -> ((ObjectNode) p.path("buyer")).put("parentUscc", "9145A100MA5K3B2L5H"))).singleElement()
                .asString().startsWith("$.buyer.parentUscc: ");
    }

    @Test
    void shouldRejectANegativeAmount() {
        assertThat(contractWith(p -> p.put("nonTechnicalAmount", "-400000.00"))).singleElement().asString()
                .startsWith("$.nonTechnicalAmount: ")
                .contains("does not match the regex pattern");
    }

    @Test
    void shouldRejectAnAmountWrittenAsANumber() {
        assertThat(contractWith(p -> p.put("technologyTransactionAmount", new BigDecimal("2200000.00"))))
                .containsExactly("$.technologyTransactionAmount: number found, string expected");
    }

    @Test
    void shouldRejectAnAmountWithoutExactlyTwoDecimals() {
        assertThat(contractWith(p -> p.put("totalContractAmount", "2600000"))).singleElement().asString()
                .startsWith("$.totalContractAmount: ");
        assertThat(contractWith(p -> ((ObjectNode) p.path("nonTechnicalItems").get(0)).put("amount", "350000.005")))
                .singleElement().asString().startsWith("$.nonTechnicalItems[0].amount: ");
        assertThat(contractWith(p -> p.put("totalContractAmount", "02600000.00"))).hasSize(1);
        assertThat(contractWith(p -> p.put("totalContractAmount", "2.6E6"))).hasSize(1);
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        assertThat(contractWith(p -> p.remove("registrationNumber")))
                .containsExactly("$: required property 'registrationNumber' not found");
        assertThat(contractWith(p -> ((ObjectNode) p.path("registrationPoint")).remove("code")))
                .containsExactly("$.registrationPoint: required property 'code' not found");
    }

    @Test
    void shouldRejectAnExtraPropertyAtTheTopAndInNestedObjects() {
        assertThat(contractWith(p -> p.put("sellerBankAccount", "6222021234567890")))
                .containsExactly("$: property 'sellerBankAccount' is not defined in the schema and the schema does "
                        + "not allow additional properties");
        assertThat(contractWith(p -> ((ObjectNode) p.path("intermediary")).put("contact", "张经理"))).singleElement()
                .asString().startsWith("$.intermediary: property 'contact' is not defined");
    }

    @Test
    void shouldRejectARegistrationNumberOutsideGuangxi() {
        assertThat(contractWith(p -> p.put("registrationNumber", "26440103000123"))).singleElement().asString()
                .startsWith("$.registrationNumber: ");
    }

    @Test
    void shouldRejectAnUnknownContractType() {
        assertThat(contractWith(p -> p.put("contractType", "TECHNOLOGY_DEVELOPMENT"))).singleElement().asString()
                .startsWith("$.contractType: ")
                .contains("enumeration");
    }

    @Test
    void shouldRejectTimesAndDatesThatAreNotRfc3339() {
        assertThat(contractWith(p -> p.put("registeredAt", "2026-09-22 06:45:00"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("$.registeredAt: "));
        assertThat(contractWith(p -> p.put("registeredAt", "2026-09-22T06:45:00"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("$.registeredAt: "));
        assertThat(contractWith(p -> p.put("registeredAt", 1789800300000L))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("$.registeredAt: "));
        assertThat(contractWith(p -> p.put("signedOn", "2026-02-30"))).singleElement().asString()
                .startsWith("$.signedOn: ");
    }

    @Test
    void shouldRejectBlankText() {
        assertThat(contractWith(p -> p.put("title", "   "))).singleElement().asString().startsWith("$.title: ");
        assertThat(contractWith(p -> ((ObjectNode) p.path("seller")).put("name", ""))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("$.seller.name: "));
    }

    @Test
    void shouldRejectAnIdThatIsNotAUuid() {
        assertThat(contractWith(p -> p.put("contractId", "HT-2026-000123"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).startsWith("$.contractId: "));
    }

    @Test
    void shouldRejectAnAskingPriceOnANegotiableResultAndItsAbsenceOtherwise() {
        assertThat(validateExample(RESULT, "sugarcane-bagasse-pulp-priced.json", p -> p.put("priceNegotiable", true)))
                .singleElement().asString().startsWith("$.askingPrice: ");
        assertThat(validateExample(RESULT, "sugarcane-bagasse-pulp-priced.json", p -> p.remove("askingPrice")))
                .containsExactly("$: required property 'askingPrice' not found");
    }

    @Test
    void shouldRejectAChallengeWhoseFieldsDoNotFitItsKind() {
        assertThat(validateExample(CHALLENGE, "technology-breakthrough-red-mud.json",
                p -> p.put("kind", "RESULT_TRANSFORMATION")))
                .contains("$: required property 'resultId' not found", "$: required property 'holder' not found")
                .anySatisfy(m -> assertThat(m).startsWith("$.demandId: "))
                .anySatisfy(m -> assertThat(m).startsWith("$.demander: "));
    }

    @Test
    void shouldRejectARateAboveOne() {
        assertThat(validateExample(GRANT, "intermediary-one-percent.json", p -> p.put("rate", "1.5"))).singleElement()
                .asString().startsWith("$.rate: ");
    }

    @Test
    void shouldReportMalformedJsonAsAViolation() {
        assertThat(EventSchemas.validate(CONTRACT, "{\"contractId\": ")).singleElement().asString()
                .startsWith("$: not well-formed JSON");
        assertThat(EventSchemas.validate(CONTRACT, "")).singleElement().asString().startsWith("$: not well-formed JSON");
        assertThat(EventSchemas.validate(CONTRACT, "{} {}")).singleElement().asString().startsWith("$: not well-formed JSON");
    }

    @Test
    void shouldRejectAPayloadThatIsNotAnObject() {
        assertThat(EventSchemas.validate(CONTRACT, "[]")).containsExactly("$: array found, object expected");
    }

    @Test
    void shouldThrowWithEveryViolationWhenRequiredToBeValid() {
        JsonNode payload =
                ContractFiles.readJson(ContractFiles.EXAMPLES.resolve(CONTRACT).resolve("patent-transfer-brokered.json"));
        ((ObjectNode) payload).remove("title");
        ((ObjectNode) payload).put("buyerPhone", "0771-1234567");

        assertThatThrownBy(() -> EventSchemas.requireValid(CONTRACT, payload.toString()))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.type()).isEqualTo(CONTRACT);
                    assertThat(e.violations()).hasSize(2);
                    assertThat(e.getMessage()).contains(CONTRACT, "'title'", "'buyerPhone'");
                });
    }
}
