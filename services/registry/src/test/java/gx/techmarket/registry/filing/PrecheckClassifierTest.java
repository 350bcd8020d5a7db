package gx.techmarket.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecheckClassifierTest {

    /** One contract text per rule, in the rules' order: each rule suggests its subtype and is named as the reason. */
    static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("INTERMEDIARY", "为双方提供技术中介服务，撮合蔗渣制浆技术成交");
        TEXTS.put("TRAINING", "对糖厂技术人员进行清洁生产工艺培训");
        TEXTS.put("PATENT_LICENCE", "许可乙方以普通许可方式实施本专利");
        TEXTS.put("SECRET_LICENCE", "甲方将其技术秘密以独占方式使用许可给乙方");
        TEXTS.put("OTHER_LICENCE", "许可乙方在广西境内使用该集成算法");
        TEXTS.put("PATENT_APPLICATION_TRANSFER", "甲方将发明的专利申请权让与乙方");
        TEXTS.put("IC_LAYOUT_TRANSFER", "转让功率芯片的集成电路布图设计专有权");
        TEXTS.put("PLANT_VARIETY_TRANSFER", "将甘蔗新品种“桂糖55号”的植物新品种权让与乙方");
        TEXTS.put("SOFTWARE_TRANSFER", "将糖厂能耗管理系统的软件著作权让与乙方");
        TEXTS.put("BIOMEDICINE_TRANSFER", "将一类新药的全部权利让与乙方");
        TEXTS.put("PATENT_TRANSFER", "甲方将其专利权转让给乙方");
        TEXTS.put("SECRET_TRANSFER", "甲方将蔗渣制浆的技术秘密让与乙方");
        TEXTS.put("OTHER_TRANSFER", "甲方将其地理标志加工技术转让给乙方");
        TEXTS.put("COOPERATIVE_DEVELOPMENT", "双方合作开发糖蜜发酵新工艺");
        TEXTS.put("COMMISSIONED_DEVELOPMENT", "乙方委托甲方研究开发蔗渣生物制浆技术");
        TEXTS.put("CONSULTING", "就糖厂扩建项目进行可行性论证并出具报告");
        TEXTS.put("SERVICE", "为乙方的制糖生产线进行调试，解决结晶工段的技术问题");
    }

    @Test
    void everyRuleHasAnExampleAndSuggestsItsSubtype() {
        assertThat(TEXTS.keySet()).containsExactlyElementsOf(
                PrecheckClassifier.RULES.stream().map(PrecheckClassifier.Rule::name).toList());
        for (PrecheckClassifier.Rule rule : PrecheckClassifier.RULES) {
            PrecheckClassifier.Suggestion s = PrecheckClassifier.suggest(TEXTS.get(rule.name())).orElseThrow();
            assertThat(s.rule()).as(rule.name()).isEqualTo(rule.name());
            assertThat(s.type()).as(rule.name()).isEqualTo(rule.suggests());
            assertThat(TEXTS.get(rule.name())).contains(s.matched());
        }
    }

    @Test
    void theMoreSpecificRuleWins() {
        assertThat(PrecheckClassifier.suggest("专利实施许可合同：许可乙方实施ZL201910563278.2专利").orElseThrow().type())
                .isEqualTo(ContractType.LICENSE_PATENT);
        assertThat(PrecheckClassifier.suggest("合作开发并共同研发新工艺").orElseThrow().type())
                .isEqualTo(ContractType.DEVELOPMENT_COOPERATIVE);
    }

    @Test
    void noWordNoSuggestion() {
        assertThat(PrecheckClassifier.suggest("双方友好协商签订本合同")).isEmpty();
        assertThat(PrecheckClassifier.suggest(null)).isEmpty();
    }
}
