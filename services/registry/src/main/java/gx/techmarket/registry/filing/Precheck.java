package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.attachment.DocumentKind;
import gx.techmarket.registry.ruleset.Deadline;
import gx.techmarket.registry.ruleset.RuleSet;
import gx.techmarket.registry.ruleset.RuleSets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of 预审 (pre-check before filing): the suggested subtype with its reason, the documents to attach, the
 * amounts as the rules count them, the rule set and deadline that would apply, and warnings of what a registrar would
 * refuse or question. Advice only: nothing is stored.
 */
public record Precheck(
        ContractType suggestedType,
        ContractCategory suggestedCategory,
        String rule,
        String reason,
        List<ChecklistItem> checklist,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        String ruleSetVersion,
        Deadline deadline,
        List<Warning> warnings) {

    /** A document to attach, with its labels. */
    public record ChecklistItem(DocumentKind kind, String zh, String en) {
        static ChecklistItem of(DocumentKind kind) {
            return new ChecklistItem(kind, kind.zh(), kind.en());
        }
    }

    /** A warning: its stable code and what it means, in Chinese ({@code message}) and English. */
    public record Warning(String code, String message, String messageEn) {}

    /** The share of the income below which 预审 warns a university or institute seller (seed 001: 不低于70%). */
    public static final BigDecimal REWARD_SHARE_FLOOR = new BigDecimal("70");

    /** Runs 预审 on {@code request}, for a seller of {@code callerKind} unless the request names one, on {@code today}. */
    public static Precheck of(PrecheckRequest request, OrgKind callerKind, LocalDate today) {
        String text = String.join("\n", request.subject(), request.description(),
                request.clauses() == null ? "" : request.clauses());
        Optional<PrecheckClassifier.Suggestion> suggestion = PrecheckClassifier.suggest(text);
        ContractType type = request.contractType() != null ? request.contractType()
                : suggestion.map(PrecheckClassifier.Suggestion::type).orElse(null);
        List<Warning> warnings = new ArrayList<>();

        if (suggestion.isPresent() && request.contractType() != null
                && suggestion.get().type() != request.contractType()) {
            warnings.add(warning("TYPE_MISMATCH", "所选合同类型（" + label(request.contractType()).zh()
                    + "）与预审建议的类型（" + label(suggestion.get().type()).zh() + "）不同，请核对。",
                    "The chosen type (" + label(request.contractType()).en() + ") differs from the suggested one ("
                            + label(suggestion.get().type()).en() + ")."));
        }
        if (type != null) {
            semanticWarnings(type, text, warnings);
        }
        OrgKind sellerKind = request.sellerKind() != null ? request.sellerKind() : callerKind;
        if (type != null && sellerKind != null && SubtypeCatalogue.requiresRewardShare(sellerKind, type)
                && request.inventorRewardShare() != null
                && request.inventorRewardShare().compareTo(REWARD_SHARE_FLOOR) < 0) {
            warnings.add(warning("REWARD_SHARE_BELOW_70", "奖励完成人的收益比例 " + request.inventorRewardShare()
                    .toPlainString() + "% 低于 70%（科技成果转化收益奖励不低于70%）。", "The share rewarded to the "
                    + "inventors, " + request.inventorRewardShare().toPlainString() + " %, is below 70 %."));
        }

        BigDecimal total = request.totalContractAmount() == null ? null : request.totalContractAmount().setScale(2);
        BigDecimal nonTechnical = (request.nonTechnicalItems() == null ? List.<FilingRequest.Item>of()
                : request.nonTechnicalItems()).stream().map(FilingRequest.Item::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal technology = null;
        if (total != null) {
            if (nonTechnical.compareTo(total) > 0) {
                warnings.add(warning("NON_TECHNICAL_EXCEEDS_TOTAL", "非技术性款项合计 " + nonTechnical.toPlainString()
                        + " 元，超过成交总额 " + total.toPlainString() + " 元。", "The non-technical items add up to "
                        + nonTechnical.toPlainString() + " yuan, more than the total " + total.toPlainString() + "."));
            } else {
                technology = total.subtract(nonTechnical);
                if (technology.signum() == 0) {
                    warnings.add(warning("TECHNOLOGY_AMOUNT_ZERO", "技术交易额为 0.00 元，不予登记。",
                            "The technology transaction amount is 0.00: not registrable."));
                }
            }
        }

        RuleSet rules = null;
        try {
            rules = RuleSets.forSigningDate(request.signedOn() != null ? request.signedOn() : today);
        } catch (ProblemException e) {
            warnings.add(warning("NO_RULE_SET_IN_FORCE", "签订日期 " + request.signedOn() + " 不在任何认定规则的施行期间内。",
                    "No recognition rule set governs a contract signed on " + request.signedOn() + "."));
        }
        boolean large = rules != null && rules.requiresReview(technology);
        if (large) {
            warnings.add(warning("EXPERT_REVIEW_EXPECTED", "技术交易额不低于 " + rules.largeThreshold().toPlainString()
                    + " 元，将提交专家审核，办理期限 " + rules.deadline(true).amount() + " 个工作日。",
                    "The technology transaction amount reaches " + rules.largeThreshold().toPlainString()
                            + " yuan: expect expert review and the long deadline."));
        }
        if (rules != null && type != null && !rules.allows(type)) {
            warnings.add(warning("CONTRACT_TYPE_NOT_IN_RULE_SET", "认定规则 " + rules.version() + " 没有该合同类型。",
                    "Rule set " + rules.version() + " has no such contract type."));
        }
        PrecheckClassifier.Suggestion s = suggestion.orElse(null);
        return new Precheck(s == null ? null : s.type(), s == null ? null
                : rules != null && rules.allows(s.type()) ? rules.recognisedCategory(s.type()) : s.type().category(),
                s == null ? null : s.rule(),
                s == null ? "未找到可判断合同类型的关键词，请自行选择。"
                        : "标的、说明或条款中出现“" + s.matched() + "”（规则 " + s.rule() + "），建议按"
                                + label(s.type()).zh() + "登记。",
                type == null ? List.of() : SubtypeCatalogue.documents(type, request.imported()).stream().map(ChecklistItem::of).toList(),
                total, nonTechnical, technology, rules == null ? null : rules.version(),
                rules == null ? null : rules.deadline(large), List.copyOf(warnings));
    }

    private static void semanticWarnings(ContractType type, String text, List<Warning> warnings) {
        if (type.category() == ContractCategory.DEVELOPMENT) {
            PrecheckClassifier.find(PrecheckClassifier.ALREADY_MASTERED, text).ifPresent(w -> warnings.add(warning(
                    "ALREADY_MASTERED_TECHNOLOGY", "开发合同的标的是“" + w + "”的技术：就已掌握的技术订立的合同不属于技术开发合同。",
                    "A development of a technology already mastered (“" + w + "”) is not a development contract.")));
        }
        if (type == ContractType.CONSULTING) {
            PrecheckClassifier.find(PrecheckClassifier.NON_TECHNICAL_CONSULTING, text).ifPresent(w -> warnings.add(
                    warning("NON_TECHNICAL_CONSULTING", "咨询涉及“" + w + "”事项：经济、法律、财务、税务、管理等咨询不属于技术咨询合同。",
                            "Consulting on “" + w + "” (economic, legal, financial, tax or management matters) is "
                                    + "not technical consulting.")));
        }
        if (type == ContractType.SERVICE_TRAINING) {
            PrecheckClassifier.find(PrecheckClassifier.SALES_TRAINING, text).ifPresent(w -> warnings.add(warning(
                    "SALES_TRAINING", "培训内容涉及“" + w + "”：销售、营销技能培训不属于技术培训。",
                    "Training in “" + w + "” (sales or marketing skills) is not technical training.")));
        }
    }

    private static SubtypeCatalogue.Subtype label(ContractType type) {
        return SubtypeCatalogue.of(type);
    }

    private static Warning warning(String code, String zh, String en) {
        return new Warning(code, zh, en);
    }
}
