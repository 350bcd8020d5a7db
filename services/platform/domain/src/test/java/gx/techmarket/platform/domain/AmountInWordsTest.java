package gx.techmarket.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 人民币大写金额 by the rules of the 《支付结算办法》: plain Java. */
class AmountInWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the brief's example: a zero in the middle, none after 元 when only the 元 digit is zero
            "880050.50, 捌拾捌万零伍拾元伍角",
            // 整 only when there are neither 角 nor 分
            "0, 零元整",
            "0.00, 零元整",
            "1, 壹元整",
            "100, 壹佰元整",
            "880000.50, 捌拾捌万元伍角",
            // 壹拾 written out
            "10, 壹拾元整",
            "15, 壹拾伍元整",
            "100000, 壹拾万元整",
            "110000, 壹拾壹万元整",
            // 零 for zeros between digits, once per run, none for trailing zeros
            "101, 壹佰零壹元整",
            "1001, 壹仟零壹元整",
            "1010, 壹仟零壹拾元整",
            "10010, 壹万零壹拾元整",
            "10500, 壹万零伍佰元整",
            "200300, 贰拾万零叁佰元整",
            "1000001, 壹佰万零壹元整",
            "500000, 伍拾万元整",
            // the 办法's own examples, in the one of their two allowed forms this formatter writes: a zero 万 digit
            // before a non-zero 仟 is a 零 (as any zero between digits), a zero 元 digit before 角 is not
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "107000.53, 壹拾万零柒仟元伍角叁分",
            // 角 zero and 分 not: 元 then 零
            "325.04, 叁佰贰拾伍元零肆分",
            "1000.05, 壹仟元零伍分",
            // below one 元
            "0.5, 伍角",
            "0.50, 伍角",
            "0.05, 伍分",
            "0.55, 伍角伍分",
            // 万 and 亿: a whole zero section is one 零 and no unit
            "100000000, 壹亿元整",
            "100010000, 壹亿零壹万元整",
            "100001000, 壹亿零壹仟元整",
            "101000000, 壹亿零壹佰万元整",
            "110000000, 壹亿壹仟万元整",
            "1000010000, 壹拾亿零壹万元整",
            "1234567890.12, 壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分",
            "1000000000000, 壹万亿元整",
            "1200000000000, 壹万贰仟亿元整",
            "1000000000001, 壹万亿零壹元整",
            "9999999999999999.99, 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            // the market's own amounts (MarketPathIT)
            "1200000.00, 壹佰贰拾万元整",
            "800000.00, 捌拾万元整",
            "2800000.50, 贰佰捌拾万元伍角",
            "8000.00, 捌仟元整",
    })
    void shouldWriteTheAmountAsAFinancialDocumentDoes(String figures, String words) {
        assertThat(AmountInWords.of(new BigDecimal(figures))).isEqualTo(words);
    }

    @Test
    void shouldIgnoreZerosBeyondTheFen() {
        assertThat(AmountInWords.of(new BigDecimal("12.3000"))).isEqualTo("壹拾贰元叁角");
    }

    @Test
    void shouldRefuseWhatHasNoWords() {
        assertThatThrownBy(() -> AmountInWords.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmountInWords.of(new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmountInWords.of(new BigDecimal("10000000000000000")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
