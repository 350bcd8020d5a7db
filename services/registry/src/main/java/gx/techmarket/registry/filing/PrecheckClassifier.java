package gx.techmarket.registry.filing;

import gx.techmarket.contracts.events.ContractType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 预审's suggestion of a contract's subtype from what its subject, description and clauses say: named keyword rules,
 * tried in order (the more specific before the general: a 专利实施许可 before a 专利权转让, a 培训 before a 服务), the
 * first that matches wins and is the reason given. A suggestion, never a decision: the filer chooses the type.
 */
public final class PrecheckClassifier {

    /** A rule: its name, the words that trigger it, the subtype it suggests. */
    public record Rule(String name, Pattern words, ContractType suggests) {}

    /** What a rule found: the subtype, the rule and the words that matched. */
    public record Suggestion(ContractType type, String rule, String matched) {}

    static final List<Rule> RULES = List.of(
            rule("INTERMEDIARY", "技术中介|居间|撮合|中介服务", ContractType.SERVICE_INTERMEDIARY),
            rule("TRAINING", "技术培训|培训", ContractType.SERVICE_TRAINING),
            rule("PATENT_LICENCE", "专利实施许可|专利.{0,10}许可|许可.{0,10}专利", ContractType.LICENSE_PATENT),
            rule("SECRET_LICENCE", "(技术秘密|专有技术|非专利技术).{0,10}(使用)?许可|使用许可",
                    ContractType.LICENSE_TECHNICAL_SECRET),
            rule("OTHER_LICENCE", "许可", ContractType.LICENSE_OTHER),
            rule("PATENT_APPLICATION_TRANSFER", "专利申请权", ContractType.TRANSFER_PATENT_APPLICATION),
            rule("IC_LAYOUT_TRANSFER", "布图设计", ContractType.TRANSFER_IC_LAYOUT),
            rule("PLANT_VARIETY_TRANSFER", "植物新品种|品种权", ContractType.TRANSFER_PLANT_VARIETY),
            rule("SOFTWARE_TRANSFER", "软件著作权|软件版权", ContractType.TRANSFER_SOFTWARE),
            rule("BIOMEDICINE_TRANSFER", "新药|生物医药新品种|药品批准", ContractType.TRANSFER_BIOMEDICINE_VARIETY),
            rule("PATENT_TRANSFER", "专利权.{0,10}转让|转让.{0,10}专利", ContractType.TRANSFER_PATENT),
            rule("SECRET_TRANSFER", "技术秘密|专有技术|非专利技术|技术诀窍", ContractType.TRANSFER_TECHNICAL_SECRET),
            rule("OTHER_TRANSFER", "转让", ContractType.TRANSFER_OTHER),
            rule("COOPERATIVE_DEVELOPMENT", "合作开发|共同(研发|开发|研究)|联合(研发|开发|攻关)",
                    ContractType.DEVELOPMENT_COOPERATIVE),
            rule("COMMISSIONED_DEVELOPMENT", "委托开发|研究开发|研发|开发|研制|攻关",
                    ContractType.DEVELOPMENT_COMMISSIONED),
            rule("CONSULTING", "咨询|可行性(论证|研究)|技术预测|专题调查|分析评价|评估报告", ContractType.CONSULTING),
            rule("SERVICE", "技术服务|技术问题|检测|测试|调试|工艺(设计|改进)|技术指导", ContractType.SERVICE));

    private PrecheckClassifier() {}

    private static Rule rule(String name, String words, ContractType suggests) {
        return new Rule(name, Pattern.compile(words), suggests);
    }

    /** The subtype the first matching rule suggests for {@code text}; empty when none matches. */
    public static Optional<Suggestion> suggest(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Rule r : RULES) {
            Matcher m = r.words().matcher(text);
            if (m.find()) {
                return Optional.of(new Suggestion(r.suggests(), r.name(), m.group()));
            }
        }
        return Optional.empty();
    }

    /** 开发 of a technology already mastered: not a development contract (no new technology is developed). */
    static final Pattern ALREADY_MASTERED = Pattern.compile("已掌握|已有技术|现有技术|成熟技术|技术成熟|成熟的技术|已经成熟");

    /** 咨询 on economic, legal, financial, tax or management matters: not technical consulting. */
    static final Pattern NON_TECHNICAL_CONSULTING = Pattern.compile("经济|法律|财务|税务|会计|管理咨询|企业管理|审计");

    /** 培训 of sales or marketing skills: not technical training. */
    static final Pattern SALES_TRAINING = Pattern.compile("销售|营销|推销|市场开拓");

    /** The words of {@code pattern} in {@code text}, if any. */
    static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
