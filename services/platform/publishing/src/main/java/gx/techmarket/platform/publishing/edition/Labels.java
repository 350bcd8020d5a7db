package gx.techmarket.platform.publishing.edition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Chinese names a printed catalogue gives the market's codes (the portal's names for the same codes). A code
 * without a name here prints as itself, so nothing is ever left out.
 */
public final class Labels {

    /** Industries (产业领域), in the order a catalogue lists them. */
    static final Map<String, String> INDUSTRIES = ordered(
            "SUGAR", "制糖", "AUTOMOTIVE", "汽车", "MACHINERY", "机械", "ELECTRONICS", "电子信息",
            "BIOMEDICINE", "生物医药", "NEW_MATERIALS", "新材料", "METALLURGY", "冶金",
            "NONFERROUS_PROCESSING", "有色金属深加工", "ALUMINIUM", "铝", "FOOD_PROCESSING", "食品加工",
            "WOOD_PROCESSING", "木材加工", "MODERN_AGRICULTURE", "现代农业");

    static final Map<String, String> MATURITIES = ordered(
            "RESEARCH", "研发", "LAB", "小试", "PILOT", "中试", "INDUSTRIAL", "产业化");

    static final Map<String, String> MODES = ordered(
            "TRANSFER", "转让", "LICENSE", "许可", "EQUITY_INVESTMENT", "作价投资", "JOINT_DEVELOPMENT", "合作开发",
            "COMMISSIONED_DEVELOPMENT", "委托开发", "CONSULTING", "技术咨询", "SERVICE", "技术服务");

    private Labels() {}

    public static String industry(String code) {
        return INDUSTRIES.getOrDefault(code, code);
    }

    /** Where an industry comes in a catalogue: the named ones in their order, then the others by code. */
    public static int industryRank(String code) {
        int i = 0;
        for (String known : INDUSTRIES.keySet()) {
            if (known.equals(code)) {
                return i;
            }
            i++;
        }
        return i;
    }

    public static String maturity(String code) {
        return code == null ? "" : MATURITIES.getOrDefault(code, code);
    }

    /** Transfer or cooperation modes, named and joined by 、. */
    public static String modes(List<String> codes) {
        return codes.stream().map(c -> MODES.getOrDefault(c, c)).collect(Collectors.joining("、"));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
