package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.SubMarket;

/**
 * Whose figures a caller sees: an operator (admin) those of its sub-market — the province all, a city its city and
 * counties, a county its county — and of any part of it it names ({@code region}); another part is 403.
 */
public final class Access {

    private Access() {}

    /** The sub-market the figures cover: {@code region} if given and the caller's to see, else the caller's own. */
    public static SubMarket scope(Actor actor, String region) {
        SubMarket own = actor.subMarket();
        if (region == null) {
            return own;
        }
        if (!GbT2260.isValid(region) || !GbT2260.isInGuangxi(region)) {
            throw ProblemException.badRequest("UNKNOWN_REGION", region).withField("region", "UNKNOWN_REGION");
        }
        if (!own.covers(region)) {
            throw ProblemException.forbidden("REGION_OUTSIDE_SUB_MARKET", region);
        }
        return SubMarket.of(region);
    }

    /** The SQL condition that {@code column} (a region code) lies in {@code market}, or {@code true} for the province. */
    static String condition(SubMarket market, String column) {
        return market.isProvince() ? "true" : column + " like '" + market.prefix() + "%'";
    }
}
