package gx.techmarket.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A history entry's before and after as the lines a reader follows: only what differs, identifiers left out. */
class HistoryLinesTest {

    @Test
    void shouldListOnlyTheFactsThatChanged() {
        Map<String, Object> before = snapshot("广西桂糖集团", "450100", "VERIFIED");
        Map<String, Object> after = snapshot("广西桂糖集团有限公司", "450103", "VERIFIED");

        assertThat(HistoryLines.of(before, after)).containsExactly(
                new HistoryLines.Line("name", "广西桂糖集团", "广西桂糖集团有限公司"),
                new HistoryLines.Line("region", "450100", "450103"));
    }

    @Test
    void shouldShowEveryFactOfSomethingNewAndWhatWasDropped() {
        Map<String, Object> granted = new LinkedHashMap<>();
        granted.put("id", "7e1f");
        granted.put("kind", "TECH_SME");
        granted.put("validTo", null);
        Map<String, Object> withReason = new LinkedHashMap<>(Map.of("status", "SUSPENDED"));
        withReason.put("suspensionReason", "营业执照已吊销");

        assertThat(HistoryLines.of(null, granted)).as("a qualification granted: no before, its id left out")
                .containsExactly(new HistoryLines.Line("kind", null, "TECH_SME"));
        assertThat(HistoryLines.of(withReason, Map.of("status", "VERIFIED"))).as("verified again").containsExactly(
                new HistoryLines.Line("status", "SUSPENDED", "VERIFIED"),
                new HistoryLines.Line("suspensionReason", "营业执照已吊销", null));
        assertThat(HistoryLines.of(Map.of("verified", false), Map.of("verified", true))).containsExactly(
                new HistoryLines.Line("verified", "false", "true"));
    }

    private static Map<String, Object> snapshot(String name, String region, String status) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("uscc", "91450100MA5K3B2L5H");
        s.put("name", name);
        s.put("kind", "ENTERPRISE");
        s.put("region", region);
        s.put("status", status);
        return s;
    }
}
