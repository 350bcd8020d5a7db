package gx.techmarket.registry.review;

import java.util.List;
import java.util.Map;

/**
 * The labels the registration shows for the official grounds of 不予登记 (《技术合同认定登记管理办法》), by the codes
 * of {@code RefusalGround} (the {@code ContractRefused} event's), as the refusal records them.
 */
public final class RefusalGrounds {

    /** The stamp a refused contract carries. */
    public static final String STAMP = "未予登记";

    /** Code → Chinese label, in the order of the rules' list. */
    static final Map<String, String> LABELS = Map.of(
            "NOT_TECHNICAL_CONTRACT", "不属于技术合同",
            "PARTIES_UNCLEAR", "当事人不明确",
            "SUBJECT_UNCLEAR", "标的不明确",
            "PRICE_UNCLEAR", "价款、报酬或使用费不明确",
            "APPROVAL_MISSING", "依法应当审批而未审批",
            "TITLE_CONTENT_MISMATCH", "合同名称与内容不符",
            "MONOPOLISING_CLAUSES", "含有非法垄断技术、妨碍技术进步的条款",
            "DOCUMENTS_MISSING", "申请材料不齐全",
            "SEALS_INCOMPLETE", "签字盖章不全");

    /** A ground as shown: its code and its label. */
    public record Ground(String code, String label) {}

    private RefusalGrounds() {}

    public static List<Ground> labelled(List<String> codes) {
        return codes.stream().map(c -> new Ground(c, LABELS.getOrDefault(c, c))).toList();
    }
}
