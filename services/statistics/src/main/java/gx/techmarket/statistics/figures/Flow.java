package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;

/**
 * Whose region a contract counts in: 输出 (technology sold from the region: the seller is there, the default, as the
 * seller registers the contract where it is) or 吸纳 (technology bought into the region: the buyer is there).
 */
public enum Flow {
    OUTPUT("seller_region", "seller_country"),
    ABSORPTION("buyer_region", "buyer_country");

    private final String regionColumn;
    private final String countryColumn;

    Flow(String regionColumn, String countryColumn) {
        this.regionColumn = regionColumn;
        this.countryColumn = countryColumn;
    }

    String regionColumn() {
        return regionColumn;
    }

    String countryColumn() {
        return countryColumn;
    }

    public static Flow of(String param) {
        if (param == null || param.equals("output")) {
            return OUTPUT;
        }
        if (param.equals("absorption")) {
            return ABSORPTION;
        }
        throw ProblemException.badRequest("UNKNOWN_FILTER_VALUE", "flow", param).withField("flow", "UNKNOWN_FILTER_VALUE");
    }
}
