package gx.techmarket.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void shouldWriteAmountsInYuanAndWanExactly() {
        assertThat(Formats.yuan(new BigDecimal("1200000.00"))).isEqualTo("1,200,000.00");
        assertThat(Formats.wan(new BigDecimal("1200000.00"))).isEqualTo("120");
        assertThat(Formats.wan(new BigDecimal("35000"))).isEqualTo("3.5");
        assertThat(Formats.wan(new BigDecimal("123456789.00"))).isEqualTo("12,345.68");
        assertThat(Formats.wan(null)).isEmpty();
    }

    @Test
    void shouldWriteRatesAsPercentages() {
        assertThat(Formats.percent(new BigDecimal("0.01"))).isEqualTo("1%");
        assertThat(Formats.percent(new BigDecimal("0.001"))).isEqualTo("0.1%");
        assertThat(Formats.percent(new BigDecimal("0.20"))).isEqualTo("20%");
    }

    @Test
    void shouldWriteTimesInChinaTime() {
        assertThat(Formats.china(Instant.parse("2026-12-10T16:00:00Z"))).isEqualTo("2026-12-11 00:00");
        assertThat(Formats.chinaDay(Instant.parse("2026-12-10T16:00:00Z"))).isEqualTo("2026-12-11");
    }

    @Test
    void shouldColourAStatusByWhatItMeans() {
        assertThat(Formats.tone("REGISTERED")).isEqualTo("success");
        assertThat(Formats.tone("NEEDS_CORRECTION")).isEqualTo("warning");
        assertThat(Formats.tone("REJECTED")).isEqualTo("danger");
        assertThat(Formats.tone("DRAFT")).isEqualTo("muted");
        assertThat(Formats.tone("SOMETHING_NEW")).isEqualTo("info");
    }

    @Test
    void shouldAbbreviateALongTextForADescription() {
        assertThat(Formats.abbreviated("甲\n乙")).isEqualTo("甲 乙");
        assertThat(Formats.abbreviated("字".repeat(300))).hasSize(150).endsWith("…");
    }
}
