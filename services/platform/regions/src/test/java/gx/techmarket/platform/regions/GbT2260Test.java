package gx.techmarket.platform.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.regions.GbT2260.Division;
import gx.techmarket.platform.regions.GbT2260.Level;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GbT2260Test {

    @ParameterizedTest
    @CsvSource({"450100,南宁市", "450200,柳州市", "450300,桂林市", "450400,梧州市", "450500,北海市", "450600,防城港市",
        "450700,钦州市", "450800,贵港市", "450900,玉林市", "451000,百色市", "451100,贺州市", "451200,河池市",
        "451300,来宾市", "451400,崇左市"})
    void everyCityOfGuangxiIsAPrefectureOfTheProvince(String code, String name) {
        assertThat(GbT2260.isValid(code)).isTrue();
        assertThat(GbT2260.nameOf(code)).contains(name);
        assertThat(GbT2260.levelOf(code)).contains(Level.PREFECTURE);
        assertThat(GbT2260.parentOf(code)).contains("450000");
        assertThat(GbT2260.isInGuangxi(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"450102,兴宁区,450100", "450107,西乡塘区,450100", "450181,横州市,450100", "450203,鱼峰区,450200",
        "450330,平乐县,450300", "451022,田东县,451000", "451228,都安瑶族自治县,451200", "451481,凭祥市,451400"})
    void countiesOfGuangxiBelongToTheirCity(String code, String name, String city) {
        assertThat(GbT2260.nameOf(code)).contains(name);
        assertThat(GbT2260.levelOf(code)).contains(Level.COUNTY);
        assertThat(GbT2260.parentOf(code)).contains(city);
        assertThat(GbT2260.isInGuangxi(code)).isTrue();
    }

    @Test
    void guangxiIsAProvinceWithFourteenCitiesAndOneHundredElevenCounties() {
        assertThat(GbT2260.levelOf("450000")).contains(Level.PROVINCE);
        assertThat(GbT2260.nameOf("450000")).contains("广西壮族自治区");
        assertThat(GbT2260.parentOf("450000")).isEmpty();
        assertThat(GbT2260.all()).filteredOn(d -> GbT2260.isInGuangxi(d.code()))
                .extracting(Division::level)
                .containsOnly(Level.PROVINCE, Level.PREFECTURE, Level.COUNTY)
                .filteredOn(l -> l == Level.PREFECTURE).hasSize(14);
        assertThat(GbT2260.all()).filteredOn(d -> GbT2260.isInGuangxi(d.code()) && d.level() == Level.COUNTY)
                .hasSize(111);
    }

    @Test
    void theListHoldsThirtyFourProvinces333PrefecturesAnd2845Counties() {
        Map<Level, Long> counts = GbT2260.all().stream()
                .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        assertThat(counts).containsEntry(Level.PROVINCE, 34L).containsEntry(Level.PREFECTURE, 333L)
                .containsEntry(Level.COUNTY, 2845L);
    }

    @Test
    void everyParentIsInTheListOneLevelUpOrTheProvince() {
        Map<String, Division> byCode = GbT2260.all().stream()
                .collect(Collectors.toMap(Division::code, Function.identity()));
        assertThat(byCode).hasSameSizeAs(GbT2260.all());
        for (Division d : GbT2260.all()) {
            if (d.level() == Level.PROVINCE) {
                assertThat(d.parent()).as(d.code()).isNull();
                continue;
            }
            Division parent = byCode.get(d.parent());
            assertThat(parent).as(d.code()).isNotNull();
            assertThat(parent.code()).as(d.code()).startsWith(d.code().substring(0, 2));
            assertThat(parent.level()).as(d.code())
                    .isIn(d.level() == Level.PREFECTURE ? Level.PROVINCE : Level.PREFECTURE, Level.PROVINCE);
        }
    }

    @Test
    void municipalityDistrictsHangDirectlyFromTheMunicipality() {
        assertThat(GbT2260.levelOf("110000")).contains(Level.PROVINCE);
        assertThat(GbT2260.parentOf("110101")).contains("110000");
        assertThat(GbT2260.nameOf("110101")).contains("东城区");
        assertThat(GbT2260.parentOf("500101")).contains("500000");
        assertThat(GbT2260.parentOf("500229")).contains("500000");
        // 市辖区 and 县 are statistical placeholders, not divisions
        assertThat(GbT2260.isValid("110100")).isFalse();
        assertThat(GbT2260.isValid("500200")).isFalse();
    }

    @Test
    void countyLevelCitiesUnderAProvinceHaveTheProvinceAsParent() {
        assertThat(GbT2260.nameOf("429004")).contains("仙桃市");
        assertThat(GbT2260.parentOf("429004")).contains("420000");
        assertThat(GbT2260.parentOf("429021")).contains("420000");
        assertThat(GbT2260.parentOf("469001")).contains("460000");
        assertThat(GbT2260.parentOf("659012")).contains("650000");
        assertThat(GbT2260.isValid("429000")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"441900,东莞市", "442000,中山市", "460400,儋州市", "620200,嘉峪关市"})
    void prefecturesWithoutCountiesAreValidAndHaveNoChildren(String code, String name) {
        assertThat(GbT2260.nameOf(code)).contains(name);
        assertThat(GbT2260.levelOf(code)).contains(Level.PREFECTURE);
        assertThat(GbT2260.all()).noneMatch(d -> code.equals(d.parent()));
    }

    @ParameterizedTest
    @CsvSource({"710000,台湾省", "810000,香港特别行政区", "820000,澳门特别行政区"})
    void taiwanHongKongAndMacauAreProvinces(String code, String name) {
        assertThat(GbT2260.nameOf(code)).contains(name);
        assertThat(GbT2260.levelOf(code)).contains(Level.PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "000000", "999999", "451500", "450199", "45010", "4501000", "45O100",
        "４５０１００", " 450100", "450100 ", "45 0100", "", "450127", "320576", "130171", "232761", "620201"})
    void codesOutsideTheListAreRefused(String code) {
        assertThat(GbT2260.isValid(code)).isFalse();
        assertThat(GbT2260.nameOf(code)).isEmpty();
        assertThat(GbT2260.levelOf(code)).isEmpty();
        assertThat(GbT2260.parentOf(code)).isEmpty();
        assertThat(GbT2260.isInGuangxi(code)).isFalse();
    }

    @Test
    void nullIsNoCode() {
        assertThat(GbT2260.isValid(null)).isFalse();
        assertThat(GbT2260.nameOf(null)).isEmpty();
        assertThat(GbT2260.isInGuangxi(null)).isFalse();
    }

    @Test
    void divisionsOutsideGuangxiAreNotInGuangxi() {
        assertThat(GbT2260.isInGuangxi("440300")).isFalse();
        assertThat(GbT2260.isValid("440300")).isTrue();
    }

    @Test
    void aDamagedListIsRefusedWhole() throws Exception {
        String header = "# a comment\ncode,name,level,parent\n";
        String good = header + "450000,广西壮族自治区,PROVINCE,\n450100,南宁市,PREFECTURE,450000\n"
                + "450102,兴宁区,COUNTY,450100\n";
        assertThat(parse(good)).containsOnlyKeys("450000", "450100", "450102");
        assertThatThrownBy(() -> parse(good + "450102,兴宁区,COUNTY,450100\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse(header + "450100,南宁市,PREFECTURE,450000\n"))
                .hasMessageContaining("parent 450000");
        assertThatThrownBy(() -> parse(header + "４５００００,广西,PROVINCE,\n")).hasMessageContaining("six ASCII digits");
        assertThatThrownBy(() -> parse(header + "450100,南宁市,PROVINCE,\n")).hasMessageContaining("PROVINCE");
        assertThatThrownBy(() -> parse(header + "450000,广西,STATE,\n")).hasMessageContaining("unknown level");
        assertThatThrownBy(() -> parse(header + "450000,广西,PROVINCE\n")).hasMessageContaining("expected code");
        assertThatThrownBy(() -> parse("code;name\n")).hasMessageContaining("header");
    }

    private static Map<String, Division> parse(String text) throws Exception {
        return GbT2260.parse(new BufferedReader(new StringReader(text)));
    }
}
