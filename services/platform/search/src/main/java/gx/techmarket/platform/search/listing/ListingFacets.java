package gx.techmarket.platform.search.listing;

import gx.techmarket.platform.regions.GbT2260;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What results and demands share in the index (ADR 0030): the city and county facets of a GB/T 2260 region code, the
 * amount bands of a price or a budget, and the checks of the values a filter may name.
 */
public final class ListingFacets {

    /** An industry code as listings carry it (upper snake case). */
    static final Predicate<String> INDUSTRY_CODE = v -> v.length() <= 64 && v.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private static final BigDecimal TEN_WAN = new BigDecimal("100000");

    /** Bands of an amount in 元 (lower bound included): below 10万, 10–50万, 50–100万, 100–500万, 500万 and more. */
    public enum AmountBand {
        BELOW_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M;

        public static AmountBand of(BigDecimal amount) {
            if (amount.compareTo(TEN_WAN) < 0) {
                return BELOW_100K;
            }
            if (amount.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(5))) < 0) {
                return FROM_100K_TO_500K;
            }
            if (amount.compareTo(TEN_WAN.multiply(BigDecimal.TEN)) < 0) {
                return FROM_500K_TO_1M;
            }
            if (amount.compareTo(TEN_WAN.multiply(BigDecimal.valueOf(50))) < 0) {
                return FROM_1M_TO_5M;
            }
            return FROM_5M;
        }
    }

    private ListingFacets() {}

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

    /** Whether {@code code} is a Guangxi region of {@code level} (a filter's value for city or county). */
    static Predicate<String> guangxi(GbT2260.Level level) {
        return code -> GbT2260.isInGuangxi(code) && GbT2260.levelOf(code).filter(l -> l == level).isPresent();
    }

    /** The names of {@code values}, as a filter may name them. */
    static Predicate<String> names(Enum<?>... values) {
        Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return names::contains;
    }
}
