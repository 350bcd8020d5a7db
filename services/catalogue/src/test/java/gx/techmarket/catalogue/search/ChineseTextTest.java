package gx.techmarket.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void twoCharacterWordsAreTermsOfTheTextsThatContainThem() {
        assertThat(ChineseText.terms("芒果深加工关键技术")).contains("芒果", "加工");
        assertThat(ChineseText.terms("氧化铝赤泥综合利用")).contains("赤泥");
        assertThat(ChineseText.terms("甘蔗制糖清洁生产工艺")).contains("制糖");
    }

    @Test
    void aQueryIsTheBigramsOfItsChineseAndItsLowerCasedLatinWords() {
        assertThat(ChineseText.terms("芒果")).containsExactly("芒果");
        assertThat(ChineseText.terms("芒果干")).containsExactly("芒果", "果干");
        assertThat(ChineseText.terms("LED 芯片")).containsExactly("led", "芯片");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(ChineseText.terms("  ")).isEmpty();
        assertThat(ChineseText.terms(null)).isEmpty();
        assertThat(ChineseText.lexemes("，。！")).isEmpty();
    }
}
