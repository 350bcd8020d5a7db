package gx.techmarket.subsidy.programme;

import static gx.techmarket.contracts.events.ContractType.TRANSFER_PATENT;
import static gx.techmarket.platform.testing.Orgs.GXU;
import static gx.techmarket.platform.testing.Orgs.GX_SUGAR_GROUP;
import static gx.techmarket.platform.testing.Orgs.GX_TECH_TRANSFER;
import static gx.techmarket.platform.testing.Orgs.GUILIN_SUGAR;
import static gx.techmarket.platform.testing.Orgs.LIUZHOU_AUTO_PARTS;
import static gx.techmarket.subsidy.Contracts.contract;
import static gx.techmarket.subsidy.programme.ExplainedRulesTest.BUYER;
import static gx.techmarket.subsidy.programme.ExplainedRulesTest.HIGH_TECH;
import static gx.techmarket.subsidy.programme.ExplainedRulesTest.ON_REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.problems.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An explanation in words, zh-CN and en: every step the rules and the decisions produce has a text in both
 * languages, facts fill the placeholders (roles, kinds and relations in the reader's language, amounts grouped by
 * thousands), and the refusal's line names the reason in words.
 */
class ExplanationTextTest {

    @Test
    void shouldWriteAnEntitlementsStepsInChineseAndEnglish() {
        Assessment.Eligible e = (Assessment.Eligible) BUYER.assess(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER, "1000000.00", "200000.00"));
        Explanation granted = Explanations.granted(e.explanation(), BUYER.code(), 2026, e.amount());

        List<String> zh = ExplanationText.render(granted, Messages.ZH_CN);
        List<String> en = ExplanationText.render(granted, Locale.ENGLISH);

        assertThat(zh).hasSize(granted.steps().size());
        assertThat(zh).contains("买方 91450200MA5L0PX62A 柳州汽车零部件有限公司：企业，地区 450200（机构库，截至 2026-09-22 14:45）",
                "买方对卖方的关系：无关联",
                "成交总额 1,000,000.00 元 − 非技术性款项 200,000.00 元 = 技术交易额 800,000.00 元（以登记为准）",
                "技术交易额 800,000.00 元 × 补助比例 0.20 = 160,000 元，四舍五入到分：160,000.00 元",
                "160,000.00 元未超过单个合同补助上限 500,000.00 元",
                "结论：核准补助 160,000.00 元，计入 RESULT_TRANSFORMATION_POST_SUBSIDY 2026 年度预算（借：预算，贷：应付补助）");
        assertThat(en).contains("The buyer to the seller: unrelated","The buyer 91450200MA5L0PX62A 柳州汽车零部件有限公司: an enterprise, region 450200 "
                        + "(directory, as of 2026-09-22 14:45)",
                "Technology transaction amount 800,000.00 yuan × rate 0.20 = 160,000 yuan, rounded half up to the fen: "
                        + "160,000.00 yuan");
    }

    @Test
    void shouldNameTheReasonOfARefusalInWords() {
        Assessment.Ineligible no = (Assessment.Ineligible) BUYER.assess(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GX_SUGAR_GROUP, GUILIN_SUGAR, null, "900000.00", "0.00"));

        List<String> zh = ExplanationText.render(no.explanation(), Messages.ZH_CN);
        List<String> en = ExplanationText.render(no.explanation(), Locale.ENGLISH);

        assertThat(zh.get(zh.size() - 2)).isEqualTo("买方对卖方的关系：下属单位，存在关联关系");
        assertThat(zh.get(zh.size() - 1)).isEqualTo("结论：不予补助（买方与卖方存在关联关系（同一集团或上下级单位），不享受企业购买科技成果转化后补助）");
        assertThat(en.get(en.size() - 1)).startsWith("Decision: no subsidy (Buyer and seller are affiliated");
    }

    @Test
    void shouldHaveATextForEveryStepInBothLanguages() {
        List<Explanation> all = List.of(
                BUYER.assess(ON_REGISTRATION, contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "99.00", "0.00"))
                        .explanation(),
                BUYER.withPerBeneficiaryYearCap(new BigDecimal("300000.00")).withMinimumAmount(new BigDecimal("1.00"))
                        .settle((Assessment.Eligible) BUYER.assess(ON_REGISTRATION, contract(TRANSFER_PATENT, GXU,
                                LIUZHOU_AUTO_PARTS, null, "900000.00", "0.00")), 2026, new BigDecimal("250000.00"))
                        .explanation(),
                HIGH_TECH.assessRecognition(ON_REGISTRATION, LIUZHOU_AUTO_PARTS.uscc(),
                        ExplainedRulesTest.highTech("GR1", java.time.LocalDate.of(2026, 3, 1)), List.of("GR0"))
                        .explanation(),
                Explanations.waiting(Explanations.claimable(new Explanation(List.of()), new BigDecimal("1.00")), "P",
                        2026, new BigDecimal("1.00"), new BigDecimal("0.00")));
        for (Explanation explanation : all) {
            for (Locale locale : List.of(Messages.ZH_CN, Locale.ENGLISH)) {
                List<String> lines = ExplanationText.render(explanation, locale);
                for (int i = 0; i < lines.size(); i++) {
                    Explanation.Step step = explanation.steps().get(i);
                    assertThat(lines.get(i)).as("%s %s in %s", step.code(), step.outcome(), locale)
                            .doesNotContain("{").doesNotStartWith(step.code() + " " + step.outcome());
                }
            }
        }
    }

    @Test
    void shouldKeepTheSameKeysInBothLanguages() throws IOException {
        assertThat(keys("explanation-messages_en.properties")).isEqualTo(keys("explanation-messages_zh_CN.properties"));
    }

    @Test
    void shouldGroupAmountsByThousands() {
        assertThat(ExplanationText.grouped("1234567.891")).isEqualTo("1,234,567.891");
        assertThat(ExplanationText.grouped("100.00")).isEqualTo("100.00");
        assertThat(ExplanationText.grouped("-1000")).isEqualTo("-1,000");
        assertThat(ExplanationText.grouped("GR2026")).isEqualTo("GR2026");
    }

    private static java.util.Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExplanationTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
