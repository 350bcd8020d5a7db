package gx.techmarket.platform.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 分市场: the part of the market an operator (admin) runs, given by its organisation's region in the directory. The
 * province (科技厅, 450000) runs every Guangxi region; a city bureau (e.g. 百色市科学技术局, 451000) its city and the
 * city's counties (4510xx); a county bureau only its county. Regions outside Guangxi are covered by the province
 * only (an out-of-province organisation is the province's business).
 */
public final class SubMarket {

    private static final Pattern REGION = Pattern.compile("[1-8][0-9]{5}");

    private final String region;
    private final String prefix;

    private SubMarket(String region, String prefix) {
        this.region = region;
        this.prefix = prefix;
    }

    /** The sub-market run from {@code region} (the operator organisation's region). */
    public static SubMarket of(String region) {
        Objects.requireNonNull(region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("not a GB/T 2260 region code: " + region);
        }
        if (region.endsWith("0000")) {
            return new SubMarket(region, region.substring(0, 2));
        }
        if (region.endsWith("00")) {
            return new SubMarket(region, region.substring(0, 4));
        }
        return new SubMarket(region, region);
    }

    /** The region the sub-market is run from, e.g. {@code 451000}. */
    public String region() {
        return region;
    }

    /**
     * The leading digits every region of the sub-market starts with: {@code 45} for the province, {@code 4510} for
     * 百色, the whole code for a county. For queries: {@code region like :prefix || '%'}.
     */
    public String prefix() {
        return prefix;
    }

    /** Whether this is the whole province. */
    public boolean isProvince() {
        return prefix.length() == 2 && GuangxiRegions.PROVINCE.equals(region);
    }

    /** Whether {@code otherRegion} lies in the sub-market; the province also covers regions outside Guangxi. */
    public boolean covers(String otherRegion) {
        if (otherRegion == null) {
            return false;
        }
        return otherRegion.startsWith(prefix) || (isProvince() && !otherRegion.startsWith("45"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubMarket s && region.equals(s.region);
    }

    @Override
    public int hashCode() {
        return region.hashCode();
    }

    @Override
    public String toString() {
        return "SubMarket[" + region + "]";
    }
}
