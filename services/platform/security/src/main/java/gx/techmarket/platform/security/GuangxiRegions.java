package gx.techmarket.platform.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 2260 codes of Guangxi (45) and its 14 prefecture-level cities: the market's sub-markets (分市场).
 * A listing's region must be one of these. A region anywhere in China (a buyer's, say) is checked against the
 * whole GB/T 2260 list instead ({@code gx.techmarket.platform.regions.GbT2260}, {@code @RegionCode});
 * GuangxiRegionsTest holds these 15 codes and names to that list.
 */
public final class GuangxiRegions {

    /** 广西壮族自治区: the whole province. */
    public static final String PROVINCE = "450000";

    private static final Map<String, String> NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PROVINCE, "广西壮族自治区");
        m.put("450100", "南宁市");
        m.put("450200", "柳州市");
        m.put("450300", "桂林市");
        m.put("450400", "梧州市");
        m.put("450500", "北海市");
        m.put("450600", "防城港市");
        m.put("450700", "钦州市");
        m.put("450800", "贵港市");
        m.put("450900", "玉林市");
        m.put("451000", "百色市");
        m.put("451100", "贺州市");
        m.put("451200", "河池市");
        m.put("451300", "来宾市");
        m.put("451400", "崇左市");
        NAMES = Collections.unmodifiableMap(m);
    }

    private GuangxiRegions() {}

    /** Whether {@code code} is the province or one of its 14 cities. */
    public static boolean isValid(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** Whether {@code code} is one of the 14 cities (not the province itself). */
    public static boolean isCity(String code) {
        return isValid(code) && !PROVINCE.equals(code);
    }

    /** Whether a 6-digit region code (of any province) lies in Guangxi. */
    public static boolean isInGuangxi(String code) {
        return code != null && code.length() == 6 && code.startsWith("45") && code.chars().allMatch(Character::isDigit);
    }

    /** The Chinese name of a Guangxi region code. */
    public static Optional<String> nameOf(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /** All codes, the province first, then the cities in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }
}
