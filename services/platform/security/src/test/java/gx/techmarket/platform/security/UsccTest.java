package gx.techmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {
        "91350100M000100Y43", // the worked example of GB 32100-2015
        "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
        "914403001922038216", // 华为技术有限公司
        "91330100716105852F", // 阿里巴巴（中国）有限公司
        "91450300MA5KC7Q12L", // demo: 桂林桂糖制糖有限公司
        "124501004985024102"  // demo: 广西大学 (事业单位, registration authority 1, type 2)
    })
    void shouldAcceptCodesWithTheRightCheckCharacter(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {
        "91350100M000100Y44", // wrong check character
        "9144030071526726XH", // wrong check character
        "914403001922038217", // wrong check character
        "91350100M000100Y4",  // 17 characters
        "91350100M000100Y433", // 19 characters
        "91350100m000100Y43", // lower case
        "91350100M000I00Y43", // I is not in the alphabet
        "91350100M000O00Y43", // O is not in the alphabet
        "91A50100M000100Y43", // region part must be digits
        ""
    })
    void shouldRejectMalformedCodesOrAWrongCheckCharacter(String code) {
        assertThat(Uscc.isValid(code)).isFalse();
    }

    @Test
    void shouldRejectNull() {
        assertThat(Uscc.isValid(null)).isFalse();
    }

    @Test
    void shouldComputeTheCheckCharacterOfTheStandardsExample() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void shouldMapAFullRemainderToZero() {
        // a body whose weighted sum is a multiple of 31 has check character 0, not the 32nd character
        String body = findBodyWithRemainderZero();
        assertThat(Uscc.checkCharacter(body)).isEqualTo('0');
        assertThat(Uscc.isValid(body + "0")).isTrue();
    }

    @Test
    void shouldRefuseToComputeOverAWrongLength() {
        assertThatThrownBy(() -> Uscc.checkCharacter("9135")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldExposeTheRegionPart() {
        assertThat(Uscc.regionOf("91451000MA5N8T4R67")).isEqualTo("451000");
    }

    private static String findBodyWithRemainderZero() {
        for (int i = 0; i < 1_000_000; i++) {
            String body = String.format("914501%011d", i);
            if (Uscc.checkCharacter(body) == '0') {
                return body;
            }
        }
        throw new AssertionError("no body found");
    }
}
