package gx.techmarket.portal.bidding.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms' and views' own rules, without Quarkus: China time, percent and fraction, amounts in a difference. */
class OpsFormsTest {

    @Test
    void shouldReadTheDeadlineInChinaTime() {
        ContentForm form = new ContentForm();
        form.deadline = "2027-01-15T17:00";
        assertThat(form.deadlineInstant()).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
        form.deadline = "2027-01-15";
        assertThat(form.deadlineInstant()).isNull();
    }

    @Test
    void shouldSendTheSupportShareAsAFractionAndShowItAsAPercentage() {
        CallForm form = new CallForm();
        form.supportPercent = " 12.5 ";
        assertThat(form.supportFraction()).isEqualByComparingTo("0.125");
        form.supportPercent = "";
        assertThat(form.supportFraction()).isNull();

        CallView call = new CallView(null, "t", "450000", List.of(), null, null, 1, new BigDecimal("0.200000"), 5,
                "DRAFT", 0, null, null, List.of());
        assertThat(call.supportPercent()).isEqualTo("20");
    }

    @Test
    void shouldSendOnlyTheKindsTheServiceKnowsInItsOrder() {
        CallForm form = new CallForm();
        form.kinds = List.of("RESULT_TRANSFORMATION", "SOMETHING", "TECHNOLOGY_BREAKTHROUGH");
        assertThat(form.knownKinds()).containsExactly("TECHNOLOGY_BREAKTHROUGH", "RESULT_TRANSFORMATION");
    }

    @Test
    void shouldReadAmountsAndTimesOfADifference() {
        FieldChange budget = new FieldChange("budgetMax", "2000000.00", "3000000.00");
        FieldChange deadline = new FieldChange("deadline", "2026-12-10T16:00:00Z", "not a time");
        assertThat(budget.amount()).isTrue();
        assertThat(budget.toAmount()).isEqualByComparingTo("3000000");
        assertThat(deadline.time()).isTrue();
        assertThat(deadline.fromTime()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
        assertThat(deadline.toTime()).isNull();
    }
}
