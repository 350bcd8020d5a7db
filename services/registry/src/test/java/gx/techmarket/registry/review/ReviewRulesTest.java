package gx.techmarket.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.calendar.WorkingCalendar.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);

    @Test
    void fiveMillionIsLargeAndOneFenLessIsNot() {
        assertThat(ReviewRules.requiresReview(SIGNED, new BigDecimal("5000000.00"))).isTrue();
        assertThat(ReviewRules.requiresReview(SIGNED, new BigDecimal("4999999.99"))).isFalse();
    }

    @Test
    void fifteenWorkingDaysOrThirtyForALargeOrDisputedContract() {
        assertThat(ReviewRules.deadline(SIGNED, false)).isEqualTo(new ReviewRules.Deadline(15, Unit.WORKING_DAYS));
        assertThat(ReviewRules.deadline(SIGNED, true)).isEqualTo(new ReviewRules.Deadline(30, Unit.WORKING_DAYS));
    }

    @Test
    void aLargeContractIsRegistrableOnlyOnceEveryDrawnExpertGaveAnOpinion() {
        BigDecimal large = new BigDecimal("5000000.00");
        assertRefused(() -> ReviewRules.checkRegistrable(SIGNED, large, 0, 0), "EXPERT_REVIEW_REQUIRED");
        assertRefused(() -> ReviewRules.checkRegistrable(SIGNED, large, 5, 4), "EXPERT_OPINIONS_MISSING");
        assertThatCode(() -> ReviewRules.checkRegistrable(SIGNED, large, 5, 5)).doesNotThrowAnyException();
        // a small contract sent to review (disputed) waits for its experts too
        assertRefused(() -> ReviewRules.checkRegistrable(SIGNED, new BigDecimal("800000.00"), 3, 0),
                "EXPERT_OPINIONS_MISSING");
        assertThatCode(() -> ReviewRules.checkRegistrable(SIGNED, new BigDecimal("800000.00"), 0, 0))
                .doesNotThrowAnyException();
    }

    @Test
    void aTechnologyAmountOfZeroIsNeverRegistrable() {
        assertRefused(() -> ReviewRules.checkRegistrable(SIGNED, new BigDecimal("0.00"), 0, 0),
                "TECHNOLOGY_AMOUNT_ZERO");
    }

    private static void assertRefused(Runnable check, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
