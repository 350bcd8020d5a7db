package gx.techmarket.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleSetsTest {

    @Test
    void shouldApplyTheRuleSetInForceOnTheRegistrationDate() {
        assertThat(RuleSets.inForceOn(LocalDate.of(2026, 1, 1))).isEqualTo("GX-2026.1");
        assertThat(RuleSets.inForceOn(LocalDate.of(2031, 6, 1))).isEqualTo("GX-2026.1");
    }

    @Test
    void shouldRefuseADateBeforeAnyRuleSet() {
        assertThatThrownBy(() -> RuleSets.inForceOn(LocalDate.of(2025, 12, 31)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("NO_RULE_SET_IN_FORCE"));
    }
}
