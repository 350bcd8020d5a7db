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
    void shouldSendTheListsTheRegistryReadsAsLists() {
        NewFilingForm form = NewFilingForm.blank();
        form.contractType = "DEVELOPMENT_COOPERATIVE";
        form.contributionShare = List.of("60", "40");
        form.contributionDescription = List.of("工艺研究", "中试场地");
        form.deliverable = "工艺包";
        form.principalParties = "广西大学\n\n  桂林桂糖制糖有限公司 ";

        assertThat(form.details().toString()).isEqualTo("{contributions=[{party=SELLER, share=60.00, description=工艺研究}, "
                + "{party=BUYER, share=40.00, description=中试场地}], deliverable=工艺包}");
        form.contractType = "SERVICE_INTERMEDIARY";
        assertThat(form.details()).containsExactly(java.util.Map.entry("principalParties",
                List.of("广西大学", "桂林桂糖制糖有限公司")));
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
        assertThat(form.problems()).containsOnlyKeys("external.uscc", "external.name", "external.region");
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
