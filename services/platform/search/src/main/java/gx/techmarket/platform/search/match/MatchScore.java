package gx.techmarket.platform.search.match;

import gx.techmarket.platform.regions.GbT2260;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The score of a (demand, result) pair, 0–100: a weighted sum of explainable features (ADR 0032), each a
 * {@link MatchReason} that names the facts it used.
 *
 * <table>
 *   <caption>points</caption>
 *   <tr><td>text similarity (0–1, {@link ListingMatcher}) × {@link #TEXT}</td><td>0–60</td></tr>
 *   <tr><td>same industry</td><td>{@link #INDUSTRY} = 12</td></tr>
 *   <tr><td>maturity: as the cooperation needs / one step early / earlier</td><td>8 / 3 / 0</td></tr>
 *   <tr><td>price: within the budget / 面议 / above (4 × (1 − excess share), +2 if negotiable)</td><td>8 / 5 / 0–6</td></tr>
 *   <tr><td>same city / same province-level region</td><td>6 / 2</td></tr>
 *   <tr><td>a transfer mode the demand accepts</td><td>6</td></tr>
 * </table>
 *
 * <p>Maturity: a demand that accepts only 转让, 许可 or 作价投资 needs a result at 中试 (PILOT) or more; one that also
 * accepts development (合作开发, 委托开发) or a service (技术咨询, 技术服务) can start from 小试 (LAB). A result without
 * maturity counts by its TRL (1–3 研发, 4–5 小试, 6–7 中试, 8–9 产业化), or not at all. No budget, no price reason.
 */
final class MatchScore {

    static final int TEXT = 60;
    static final int INDUSTRY = 12;
    static final int MATURITY = 8;
    static final int MATURITY_ONE_STEP_EARLY = 3;
    static final int PRICE_WITHIN = 8;
    static final int PRICE_NEGOTIABLE = 5;
    static final int PRICE_ABOVE = 4;
    static final int PRICE_ABOVE_NEGOTIABLE = 2;
    static final int SAME_CITY = 6;
    static final int SAME_PROVINCE = 2;
    static final int MODE = 6;
    /** How many shared words a reason names at most. */
    static final int SHOWN_TERMS = 5;

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final List<String> MATURITIES = List.of("RESEARCH", "LAB", "PILOT", "INDUSTRIAL");
    private static final Map<String, String[]> MATURITY_TEXT = Map.of("RESEARCH", new String[] {"研发阶段", "research"},
            "LAB", new String[] {"小试", "lab"}, "PILOT", new String[] {"中试", "pilot"},
            "INDUSTRIAL", new String[] {"产业化", "industrial"});
    private static final Set<String> DEVELOPMENT = Set.of("JOINT_DEVELOPMENT", "COMMISSIONED_DEVELOPMENT",
            "CONSULTING", "SERVICE");
    private static final List<String> MODES = List.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT",
            "JOINT_DEVELOPMENT", "COMMISSIONED_DEVELOPMENT", "CONSULTING", "SERVICE");
    private static final Map<String, String[]> MODE_TEXT = Map.of("TRANSFER", new String[] {"技术转让", "transfer"},
            "LICENSE", new String[] {"技术许可", "licence"},
            "EQUITY_INVESTMENT", new String[] {"作价投资", "equity investment"},
            "JOINT_DEVELOPMENT", new String[] {"合作开发", "joint development"},
            "COMMISSIONED_DEVELOPMENT", new String[] {"委托开发", "commissioned development"},
            "CONSULTING", new String[] {"技术咨询", "consulting"}, "SERVICE", new String[] {"技术服务", "service"});

    private MatchScore() {}

    /** A reason with the points it adds. */
    private record Scored(MatchReason reason, int points) {}

    /**
     * The match of {@code id} (the listing on the other side) for the pair.
     *
     * @param text the text similarity, 0–1
     * @param sharedTerms the shared words, heaviest first
     */
    static Match of(String id, double text, List<String> sharedTerms, DemandFacts d, ResultFacts r) {
        List<Scored> reasons = new ArrayList<>();
        int textPoints = (int) Math.round(TEXT * Math.max(0, Math.min(1, text)));
        if (!sharedTerms.isEmpty()) {
            List<String> shown = sharedTerms.stream().limit(SHOWN_TERMS).toList();
            reasons.add(new Scored(new MatchReason(MatchReasonCode.SHARED_TERMS, shown,
                    "共同关键词：" + String.join("、", shown), "Shared terms: " + String.join(", ", shown)), textPoints));
        }
        if (d.industry() != null && d.industry().equals(r.industry())) {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.SAME_INDUSTRY, List.of(), "同属一个行业领域",
                    "Same industry"), INDUSTRY));
        }
        maturity(d, r, reasons);
        price(d, r, reasons);
        region(d.regionCode(), r.regionCode(), reasons);
        modes(d, r, reasons);
        int score = Math.min(100, textPoints + reasons.stream()
                .filter(s -> s.reason().code() != MatchReasonCode.SHARED_TERMS).mapToInt(Scored::points).sum());
        List<MatchReason> ordered = reasons.stream()
                .sorted(Comparator.comparingInt(Scored::points).reversed()
                        .thenComparing(s -> s.reason().code()))
                .map(Scored::reason).toList();
        return new Match(id, score, ordered);
    }

    /** The maturity a result needs for the demand's cooperation modes: LAB with development or a service, else PILOT. */
    static String needed(Set<String> cooperationModes) {
        return cooperationModes.stream().anyMatch(DEVELOPMENT::contains) ? "LAB" : "PILOT";
    }

    /** The result's maturity, or its TRL's, or null. */
    static String maturityOf(ResultFacts r) {
        if (r.maturity() != null && MATURITIES.contains(r.maturity())) {
            return r.maturity();
        }
        if (r.trl() == null || r.trl() < 1 || r.trl() > 9) {
            return null;
        }
        return r.trl() <= 3 ? "RESEARCH" : r.trl() <= 5 ? "LAB" : r.trl() <= 7 ? "PILOT" : "INDUSTRIAL";
    }

    private static void maturity(DemandFacts d, ResultFacts r, List<Scored> reasons) {
        String has = maturityOf(r);
        if (has == null) {
            return;
        }
        String needed = needed(d.cooperationModes());
        String need = needed.equals("LAB") ? "合作开发或委托开发可从小试起步" : "技术转让或许可需要中试及以上";
        String needEn = needed.equals("LAB") ? "development can start from lab stage"
                : "a transfer or licence needs pilot stage or more";
        int gap = MATURITIES.indexOf(needed) - MATURITIES.indexOf(has);
        String[] t = MATURITY_TEXT.get(has);
        if (gap <= 0) {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.MATURITY_FITS, List.of(),
                    "成熟度为" + t[0] + "，" + need, "Maturity " + t[1] + ": " + needEn), MATURITY));
        } else {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.MATURITY_EARLY, List.of(),
                    "成熟度为" + t[0] + "，早于所需（" + need + "）",
                    "Maturity " + t[1] + ", earlier than needed (" + needEn + ")"),
                    gap == 1 ? MATURITY_ONE_STEP_EARLY : 0));
        }
    }

    private static void price(DemandFacts d, ResultFacts r, List<Scored> reasons) {
        BigDecimal min = d.budgetMin();
        BigDecimal max = d.budgetMax();
        if (min == null && max == null) {
            return;
        }
        String budget = budget(min, max);
        String budgetEn = budgetEn(min, max);
        BigDecimal price = r.askingPrice();
        if (price == null) {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.PRICE_NEGOTIABLE, List.of(),
                    "价格面议，预算" + budget, "Price to be negotiated; budget " + budgetEn), PRICE_NEGOTIABLE));
            return;
        }
        if (max == null || price.compareTo(max) <= 0) {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.PRICE_WITHIN_BUDGET, List.of(),
                    "报价 " + wan(price) + " 万元，在预算" + budget + "之内",
                    "Asking " + wan(price) + " 万元 (10k yuan), within the budget " + budgetEn), PRICE_WITHIN));
            return;
        }
        BigDecimal excess = price.subtract(max).multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP);
        double share = Math.min(1, excess.doubleValue() / 100);
        int points = (int) Math.round(PRICE_ABOVE * (1 - share));
        reasons.add(new Scored(new MatchReason(MatchReasonCode.PRICE_ABOVE_BUDGET, List.of(),
                "报价 " + wan(price) + " 万元，高于预算上限 " + wan(max) + " 万元（高出 " + excess + "%）",
                "Asking " + wan(price) + " 万元, above the budget's " + wan(max) + " 万元 (by " + excess + "%)"),
                points));
        if (r.priceNegotiable()) {
            reasons.add(new Scored(new MatchReason(MatchReasonCode.PRICE_NEGOTIABLE, List.of(),
                    "报价可议", "The asking price is negotiable"), PRICE_ABOVE_NEGOTIABLE));
        }
    }

    private static void region(String demand, String result, List<Scored> reasons) {
        if (!sixDigits(demand) || !sixDigits(result)) {
            return;
        }
        if (demand.regionMatches(0, result, 0, 4) && !demand.startsWith("00", 2)) {
            String city = GbT2260.nameOf(demand.substring(0, 4) + "00").orElse(demand.substring(0, 4) + "00");
            reasons.add(new Scored(new MatchReason(MatchReasonCode.SAME_CITY, List.of(), "同在" + city,
                    "Both in " + city), SAME_CITY));
        } else if (demand.regionMatches(0, result, 0, 2)) {
            String region = GbT2260.nameOf(demand.substring(0, 2) + "0000").orElse(demand.substring(0, 2) + "0000");
            reasons.add(new Scored(new MatchReason(MatchReasonCode.SAME_PROVINCE_REGION, List.of(), "同在" + region,
                    "Both in " + region), SAME_PROVINCE));
        }
    }

    private static void modes(DemandFacts d, ResultFacts r, List<Scored> reasons) {
        Set<String> common = new TreeSet<>(Comparator.comparingInt(MatchScore::modeOrder));
        d.cooperationModes().stream().filter(r.transferModes()::contains).filter(MODE_TEXT::containsKey)
                .forEach(common::add);
        if (common.isEmpty()) {
            return;
        }
        reasons.add(new Scored(new MatchReason(MatchReasonCode.TRANSFER_MODE_FITS, List.of(),
                "转化方式相符：" + common.stream().map(m -> MODE_TEXT.get(m)[0]).collect(Collectors.joining("、")),
                "Transfer mode fits: " + common.stream().map(m -> MODE_TEXT.get(m)[1]).collect(Collectors.joining(", "))),
                MODE));
    }

    private static int modeOrder(String mode) {
        return MODES.indexOf(mode);
    }

    private static boolean sixDigits(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /** An amount in 元 as 万元 with two decimals (800000.00 → 80.00). */
    static String wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String budget(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return " " + wan(min) + "–" + wan(max) + " 万元";
        }
        return max != null ? "（不超过 " + wan(max) + " 万元）" : "（" + wan(min) + " 万元起）";
    }

    private static String budgetEn(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return wan(min) + "–" + wan(max) + " 万元";
        }
        return max != null ? "up to " + wan(max) + " 万元" : "from " + wan(min) + " 万元";
    }
}
