package gx.techmarket.demand.search;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSchema.Facet;
import gx.techmarket.platform.search.SearchSchema.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    private static final String INDUSTRY_CODE = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";
    private static final BigDecimal TEN_WAN = new BigDecimal("100000");

    /** The budget bands of the upper budget: below 10万, 10–50万, 50–100万, 100–500万, 500万 and more. */
    public enum BudgetBand {
        BELOW_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M;

        public static BudgetBand of(BigDecimal budgetMax) {
            if (budgetMax.compareTo(TEN_WAN) < 0) {
                return BELOW_100K;
            }
            if (budgetMax.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(5))) < 0) {
                return FROM_100K_TO_500K;
            }
            if (budgetMax.compareTo(TEN_WAN.multiply(BigDecimal.TEN)) < 0) {
                return FROM_500K_TO_1M;
            }
            if (budgetMax.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(50))) < 0) {
                return FROM_1M_TO_5M;
            }
            return FROM_5M;
        }
    }

    public static final SearchSchema SCHEMA = new SearchSchema(VERSION,
            List.of(new TextField(TITLE, 3f, true), new TextField(KEYWORDS, 2f, false),
                    new TextField(PROBLEM, 1f, true)),
            List.of(new Facet(INDUSTRY, false, v -> v.length() <= 64 && v.matches(INDUSTRY_CODE)),
                    new Facet(BUDGET_BAND, false, names(BudgetBand.values())),
                    new Facet(CITY, false, v -> level(v, GbT2260.Level.PREFECTURE)),
                    new Facet(COUNTY, false, v -> level(v, GbT2260.Level.COUNTY)),
                    new Facet(COOPERATION_MODE, true, names(CooperationMode.values()))),
            List.of(PUBLISHED, DEADLINE, BUDGET));

    private DemandSearchSchema() {}

    /** The city (地级) of a Guangxi region code: itself for a city, its parent for a county; none for the province. */
    public static Optional<String> city(String region) {
        return switch (GbT2260.levelOf(region).orElse(GbT2260.Level.PROVINCE)) {
            case PREFECTURE -> Optional.of(region);
            case COUNTY -> GbT2260.parentOf(region);
            default -> Optional.empty();
        };
    }

    /** The county (县级) of a region code, if it is one. */
    public static Optional<String> county(String region) {
        return GbT2260.levelOf(region).filter(l -> l == GbT2260.Level.COUNTY).map(l -> region);
    }

    private static boolean level(String code, GbT2260.Level level) {
        return GbT2260.isInGuangxi(code) && GbT2260.levelOf(code).filter(l -> l == level).isPresent();
    }

    private static Predicate<String> names(Enum<?>[] values) {
        Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return names::contains;
    }
}
