package gx.techmarket.platform.search.listing;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSchema.Facet;
import gx.techmarket.platform.search.SearchSchema.TextField;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the demand service indexes of a published demand (ADR 0030): title (weight 3), keywords (2: the demander's
 * name), problem (1); facets industry, budget band (of the upper budget), city and county, cooperation modes; numbers
 * {@code published} (epoch ms), {@code deadline} (epoch day: a search lists only demands whose deadline is today or
 * later) and {@code budget} (upper budget in 分). Bump {@link #VERSION} when any of it changes.
 */
public final class DemandSearchSchema {

    public static final int VERSION = 1;

    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String PROBLEM = "problem";

    public static final String INDUSTRY = "industry";
    public static final String BUDGET_BAND = "budgetBand";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String COOPERATION_MODE = "cooperationMode";

    public static final String PUBLISHED = "published";
    public static final String DEADLINE = "deadline";
    public static final String BUDGET = "budget";


    /** The budget bands: the {@link ListingFacets.AmountBand}s of the upper budget. */
    public enum BudgetBand {
        BELOW_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M;

        public static BudgetBand of(BigDecimal budgetMax) {
            return valueOf(ListingFacets.AmountBand.of(budgetMax).name());
        }
    }

    public static final SearchSchema SCHEMA = new SearchSchema(VERSION,
            List.of(new TextField(TITLE, 3f, true), new TextField(KEYWORDS, 2f, false),
                    new TextField(PROBLEM, 1f, true)),
            List.of(new Facet(INDUSTRY, false, ListingFacets.INDUSTRY_CODE),
                    new Facet(BUDGET_BAND, false, ListingFacets.names(BudgetBand.values())),
                    new Facet(CITY, false, ListingFacets.guangxi(GbT2260.Level.PREFECTURE)),
                    new Facet(COUNTY, false, ListingFacets.guangxi(GbT2260.Level.COUNTY)),
                    new Facet(COOPERATION_MODE, true, ListingFacets.names(CooperationMode.values()))),
            List.of(PUBLISHED, DEADLINE, BUDGET));

    private DemandSearchSchema() {}
}
