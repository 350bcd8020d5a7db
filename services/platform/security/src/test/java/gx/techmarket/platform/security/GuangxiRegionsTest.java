package gx.techmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.regions.GbT2260;
import java.util.Map;
import java.util.stream.Collectors;
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

    @Test
    void theSubMarketsAreGuangxiAndItsCitiesAsTheGbT2260ListNamesThem() {
        Map<String, String> fromTheList = GbT2260.all().stream()
                .filter(d -> GbT2260.isInGuangxi(d.code()) && d.level() != GbT2260.Level.COUNTY)
                .collect(Collectors.toMap(GbT2260.Division::code, GbT2260.Division::name));
        assertThat(GuangxiRegions.all()).isEqualTo(fromTheList);
        assertThat(GbT2260.levelOf(GuangxiRegions.PROVINCE)).contains(GbT2260.Level.PROVINCE);
    }

    @Test
    void everyDivisionOfTheListLiesInGuangxiExactlyWhenTheListSaysSo() {
        assertThat(GbT2260.all()).allSatisfy(d ->
                assertThat(GuangxiRegions.isInGuangxi(d.code())).as(d.code()).isEqualTo(GbT2260.isInGuangxi(d.code())));
    }
}
