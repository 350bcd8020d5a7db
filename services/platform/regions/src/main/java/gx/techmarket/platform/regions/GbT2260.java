package gx.techmarket.platform.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 2260 中华人民共和国行政区划代码: every province, prefecture-level and county-level division of China,
 * read once from {@code gbt2260.csv} next to this class (source, date and licence in its header and in the
 * module's README). A code is valid only if it names a division in that list: the shape of six digits is not
 * enough (100000 is six digits and no division).
 */
public final class GbT2260 {

    /** The three levels the list holds. 直辖市 and 特别行政区 are provinces; 省直辖县级市 are counties of a province. */
    public enum Level {
        /** 省级: 省, 自治区, 直辖市, 特别行政区 (xx0000). */
        PROVINCE,
        /** 地级: 地级市, 地区, 自治州, 盟 (xxxx00). */
        PREFECTURE,
        /** 县级: 市辖区, 县级市, 县, 自治县, 旗, 自治旗, 特区, 林区. */
        COUNTY
    }

    /**
     * One division.
     *
     * @param parent the enclosing division's code: a prefecture's province; a county's prefecture, or its
     *     province when it has none (a 直辖市's districts, 省直辖县级市 such as 429004 仙桃市); null for a province
     */
    public record Division(String code, String name, Level level, String parent) {}

    static final String RESOURCE = "gbt2260.csv";

    /** The province code of Guangxi: 广西壮族自治区. */
    public static final String GUANGXI = "450000";

    private static final Map<String, Division> DIVISIONS = load();

    private GbT2260() {}

    /** Whether {@code code} is exactly the code of a division in the list (six ASCII digits, nothing around). */
    public static boolean isValid(String code) {
        return code != null && DIVISIONS.containsKey(code);
    }

    public static Optional<Division> division(String code) {
        return Optional.ofNullable(code == null ? null : DIVISIONS.get(code));
    }

    /** The Chinese name, e.g. 兴宁区 for 450102. */
    public static Optional<String> nameOf(String code) {
        return division(code).map(Division::name);
    }

    public static Optional<Level> levelOf(String code) {
        return division(code).map(Division::level);
    }

    /** The enclosing division's code; empty for a province and for a code not in the list. */
    public static Optional<String> parentOf(String code) {
        return division(code).map(Division::parent);
    }

    /** Whether {@code code} is a division in the list that lies in Guangxi, the province itself included. */
    public static boolean isInGuangxi(String code) {
        return isValid(code) && code.startsWith(GUANGXI.substring(0, 2));
    }

    /** Every division, in code order. */
    public static Collection<Division> all() {
        return DIVISIONS.values();
    }

    private static Map<String, Division> load() {
        try (InputStream in = GbT2260.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing next to " + GbT2260.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the list and checks it whole, so that a damaged file stops the service at start rather than
     * letting through or refusing codes at random: every row well formed, its level matching the shape of its
     * code, every parent present, no code twice.
     */
    static Map<String, Division> parse(BufferedReader reader) throws IOException {
        Map<String, Division> divisions = new LinkedHashMap<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!line.equals("code,name,level,parent")) {
                    throw invalid(lineNumber, "expected the header code,name,level,parent");
                }
                header = false;
                continue;
            }
            Division d = row(line, lineNumber);
            if (divisions.put(d.code(), d) != null) {
                throw invalid(lineNumber, "code " + d.code() + " appears twice");
            }
        }
        for (Division d : divisions.values()) {
            if (d.parent() != null && !divisions.containsKey(d.parent())) {
                throw new IllegalStateException(RESOURCE + ": the parent " + d.parent() + " of " + d.code() + " is missing");
            }
        }
        // a LinkedHashMap is a HashMap: lookups stay O(1), and all() keeps code order
        return Collections.unmodifiableMap(sortedCopy(divisions));
    }

    private static Map<String, Division> sortedCopy(Map<String, Division> divisions) {
        Map<String, Division> sorted = new LinkedHashMap<>();
        divisions.keySet().stream().sorted().forEach(code -> sorted.put(code, divisions.get(code)));
        return sorted;
    }

    private static Division row(String line, int lineNumber) {
        String[] f = line.split(",", -1);
        if (f.length != 4 || f[1].isBlank()) {
            throw invalid(lineNumber, "expected code,name,level,parent");
        }
        String code = f[0];
        if (!isSixAsciiDigits(code)) {
            throw invalid(lineNumber, "a code is six ASCII digits: " + code);
        }
        Level level;
        try {
            level = Level.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
            throw invalid(lineNumber, "unknown level " + f[2]);
        }
        String parent = f[3].isEmpty() ? null : f[3];
        String province = code.substring(0, 2) + "0000";
        boolean consistent = switch (level) {
            case PROVINCE -> code.equals(province) && parent == null;
            case PREFECTURE -> code.endsWith("00") && !code.equals(province) && province.equals(parent);
            case COUNTY -> !code.endsWith("00")
                    && (province.equals(parent) || (code.substring(0, 4) + "00").equals(parent));
        };
        if (!consistent) {
            throw invalid(lineNumber, code + " cannot be a " + level + " with parent " + parent);
        }
        return new Division(code, f[1], level, parent);
    }

    private static boolean isSixAsciiDigits(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalStateException invalid(int lineNumber, String why) {
        return new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + why);
    }
}
