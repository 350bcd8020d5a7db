package gx.techmarket.catalogue.search;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.PatentStatus;
import gx.techmarket.contracts.events.TransferMode;
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
 * What the catalogue indexes of a published result (ADR 0030): title (weight 3), keywords (2; the holder's name,
 * its rights' numbers and titles), summary (1); the facets below; {@code published} (epoch milliseconds) and
 * {@code price} (asking price in 分) to sort by. Bump {@link #VERSION} when any of it changes: every instance
 * rebuilds its index at its next start.
 */
public final class ResultSearchSchema {

    public static final int VERSION = 2;

    public static final String TITLE = "title";
    public static final String KEYWORDS = "keywords";
    public static final String SUMMARY = "summary";

    public static final String INDUSTRY = "industry";
    public static final String MATURITY = "maturity";
    public static final String TRL = "trl";
    public static final String TRANSFER_MODE = "transferMode";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String PRICE_BAND = "priceBand";
    /** Whether the result names rights (patents, software copyrights, plant varieties): {@code WITH} or {@code WITHOUT}. */
    public static final String PATENTS = "patents";
    /** The statuses of its rights (申请中, 已授权, 已失效, 已转让): a result with several has several. */
    public static final String PATENT_STATUS = "patentStatus";
    public static final String HOLDER_KIND = "holderKind";

    public static final String PUBLISHED = "published";
    public static final String PRICE = "price";

    /** An industry code as results carry it (ResultResource.INDUSTRY). */
    private static final String INDUSTRY_CODE = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    /** The price bands: 面议, below 10万, 10–50万, 50–100万, 100–500万, 500万 and more (元; lower bound included). */
    public enum PriceBand {
        NEGOTIABLE, BELOW_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M;

        private static final BigDecimal TEN_WAN = new BigDecimal("100000");

        /** The band of an asking price (null: 面议). */
        public static PriceBand of(BigDecimal price) {
            if (price == null) {
                return NEGOTIABLE;
            }
            if (price.compareTo(TEN_WAN) < 0) {
                return BELOW_100K;
            }
            if (price.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(5))) < 0) {
                return FROM_100K_TO_500K;
            }
            if (price.compareTo(TEN_WAN.multiply(BigDecimal.TEN)) < 0) {
                return FROM_500K_TO_1M;
            }
            if (price.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(50))) < 0) {
                return FROM_1M_TO_5M;
            }
            return FROM_5M;
        }
    }

    /** Patents named or not. */
    public enum Patents { WITH, WITHOUT }

    public static final SearchSchema SCHEMA = new SearchSchema(VERSION,
            List.of(new TextField(TITLE, 3f, true), new TextField(KEYWORDS, 2f, false),
                    new TextField(SUMMARY, 1f, true)),
            List.of(new Facet(INDUSTRY, false, v -> v.length() <= 64 && v.matches(INDUSTRY_CODE)),
                    new Facet(MATURITY, false, names(Maturity.values())),
                    new Facet(TRL, false, v -> v.matches("[1-9]")),
                    new Facet(TRANSFER_MODE, true, names(TransferMode.values())),
                    new Facet(CITY, false, v -> level(v, GbT2260.Level.PREFECTURE)),
                    new Facet(COUNTY, false, v -> level(v, GbT2260.Level.COUNTY)),
                    new Facet(PRICE_BAND, false, names(PriceBand.values())),
                    new Facet(PATENTS, false, names(Patents.values())),
                    new Facet(PATENT_STATUS, true, names(PatentStatus.values())),
                    new Facet(HOLDER_KIND, false, names(OrgKind.values()))),
            List.of(PUBLISHED, PRICE));

    private ResultSearchSchema() {}

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
