package gx.techmarket.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the seller's filing sends: the chosen way's counterparty, the chosen subtype's facts, amounts to the fen. */
class NewFilingFormTest {

    @Test
    void shouldSendOnlyTheChosenSubtypesFactsWithTraineesAsANumber() {
        NewFilingForm form = NewFilingForm.blank();
        form.contractType = "SERVICE_TRAINING";
        form.trainees = " 40 ";
        form.trainingContent = "甘蔗机械化收获技术培训";
        form.patentNumber = "ZL202310123456.7";

        assertThat(form.details()).containsExactly(java.util.Map.entry("trainees", 40),
                java.util.Map.entry("trainingContent", "甘蔗机械化收获技术培训"));
        form.contractType = "LICENSE_PATENT";
        form.licenceScope = "SOLE";
        assertThat(form.details()).containsOnlyKeys("patentNumber", "licenceScope");
    }

    @Test
    void shouldNameTheCounterpartyByTheChosenWayOnly() {
        NewFilingForm form = NewFilingForm.blank();
        form.counterpartyUscc = "91450300MA5KC7Q12L";
        form.foreignName = "Zuckerwerk GmbH";
        assertThat(form.problems()).doesNotContainKey("counterparty.uscc");
        assertThat(form.chosen()).isEqualTo("91450300MA5KC7Q12L");

        form.counterpartySource = NewFilingForm.FOREIGN;
        assertThat(form.chosen()).isNull();
        assertThat(form.problems()).containsOnlyKeys("foreign.country");
        form.counterpartySource = NewFilingForm.EXTERNAL;
        assertThat(form.problems()).containsOnlyKeys("external.name", "external.region");
        form.counterpartySource = "anything else";
        assertThat(form.source()).isEqualTo(NewFilingForm.DIRECTORY);
    }

    @Test
    void shouldSendAmountsWithTwoDecimalsAndSkipEmptyRows() {
        NewFilingForm form = NewFilingForm.blank();
        form.itemCategory = List.of("EQUIPMENT", "PARTS");
        form.itemDescription = List.of("模压机", "");
        form.itemAmount = List.of("1,200", "");
        form.carrierKind = List.of("MEDIA");
        form.carrierDescription = List.of("菌种");
        form.carrierQuantity = List.of("x");

        assertThat(form.items()).containsExactly(new RegistryRequests.Item("EQUIPMENT", "模压机",
                new java.math.BigDecimal("1200.00")));
        assertThat(form.items().get(0).amount().scale()).isEqualTo(2);
        assertThat(form.problems()).containsKeys("carriers[0].quantity", "counterparty.uscc");
        assertThat(NewFilingForm.money("3000000")).hasToString("3000000.00");
    }
}
