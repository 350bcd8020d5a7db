package gx.techmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuangxiRegionsTest {

    @Test
    void shouldKnowTheProvinceAndItsFourteenCities() {
        assertThat(GuangxiRegions.all()).hasSize(15);
        assertThat(GuangxiRegions.nameOf("450000")).contains("广西壮族自治区");
        assertThat(GuangxiRegions.nameOf("451000")).contains("百色市");
        assertThat(GuangxiRegions.nameOf("451400")).contains("崇左市");
        assertThat(GuangxiRegions.all().keySet()).allMatch(GuangxiRegions::isInGuangxi);
    }

    @ParameterizedTest
    @ValueSource(strings = {"450100", "450200", "450300", "450400", "450500", "450600", "450700", "450800",
        "450900", "451000", "451100", "451200", "451300", "451400"})
    void shouldAcceptEveryCityAsASubMarket(String code) {
        assertThat(GuangxiRegions.isValid(code)).isTrue();
        assertThat(GuangxiRegions.isCity(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"451500", "450101", "440300", "110000", "45", "4501000", "abcdef", ""})
    void shouldRejectCodesThatAreNotGuangxiOrItsCities(String code) {
        assertThat(GuangxiRegions.isValid(code)).isFalse();
    }

    @Test
    void theProvinceIsNotACity() {
        assertThat(GuangxiRegions.isCity("450000")).isFalse();
    }

    @Test
    void shouldTellWhetherAnyRegionCodeLiesInGuangxi() {
        assertThat(GuangxiRegions.isInGuangxi("450107")).isTrue();
        assertThat(GuangxiRegions.isInGuangxi("330100")).isFalse();
        assertThat(GuangxiRegions.isInGuangxi(null)).isFalse();
    }
}
