package gx.techmarket.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.search.match.MatchReason;
import gx.techmarket.platform.search.match.MatchReasonCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the suggestions that need no database. */
class MatchRulesTest {

    @Test
    void aBrokersCityIsTheFirstFourDigitsOfTheRegion() {
        assertThat(MatchRules.city("450103")).isEqualTo("4501");
        assertThat(MatchRules.city("451000")).isEqualTo("4510");
    }

    @Test
    void reasonsAreKeptWithDistinctNonBlankTermsAndEachCodeOnce() {
        List<StoredReason> stored = MatchFlow.stored(List.of(
                new MatchReason(MatchReasonCode.SHARED_TERMS, Arrays.asList("甘蔗", " 甘蔗 ", "", "收获机"),
                        "共同关键词：甘蔗、收获机", "Shared words: 甘蔗, 收获机"),
                new MatchReason(MatchReasonCode.SAME_INDUSTRY, List.of(), "同属制糖领域", "Same field: sugar"),
                new MatchReason(MatchReasonCode.SHARED_TERMS, List.of("糖厂"), "共同关键词：糖厂", "Shared words: 糖厂")));

        assertThat(stored).extracting(StoredReason::code).containsExactly("SHARED_TERMS", "SAME_INDUSTRY");
        assertThat(stored.get(0).terms()).containsExactly("甘蔗", "收获机");
        assertThat(stored.get(0).zh()).isEqualTo("共同关键词：甘蔗、收获机");
        assertThat(stored.get(1).terms()).isEmpty();
    }
}
