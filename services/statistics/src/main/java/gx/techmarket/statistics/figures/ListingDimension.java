package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What listings and challenges are broken down by ({@code by}). */
public enum ListingDimension {
    /** The month of each count's own event (published in March, matched in May). */
    MONTH("month"),
    /** The city the listing or challenge is listed in. */
    CITY("city"),
    /** 行业 (listings only). */
    INDUSTRY("industry"),
    /** 揭榜 kind (challenges only). */
    KIND("kind");

    private final String param;

    ListingDimension(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The dimension named {@code param} among {@code allowed}; the first allowed if none is named. */
    public static ListingDimension of(String param, ListingDimension... allowed) {
        if (param == null) {
            return allowed[0];
        }
        return Arrays.stream(allowed).filter(d -> d.param.equals(param)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("UNKNOWN_DIMENSION", param,
                                Arrays.stream(allowed).map(d -> d.param).collect(Collectors.joining(", ")))
                        .withField("by", "UNKNOWN_DIMENSION"));
    }

    /** The SQL expression of the key of a count dated by {@code timestamp}. */
    String key(String timestamp) {
        return switch (this) {
            case MONTH -> "to_char(" + timestamp + " at time zone 'Asia/Shanghai', 'YYYY-MM')";
            case CITY -> "case when region like '45%' then substr(region, 1, 4) || '00' "
                    + "else substr(region, 1, 2) || '0000' end";
            case INDUSTRY -> "industry";
            case KIND -> "kind";
        };
    }

    Labels.Label label(String key) {
        return switch (this) {
            case MONTH -> key == null ? Labels.UNKNOWN : Labels.month(key);
            case CITY -> Labels.region(key);
            case INDUSTRY -> Labels.industry(key);
            case KIND -> Labels.of(Labels.CHALLENGE_KINDS, key);
        };
    }
}
