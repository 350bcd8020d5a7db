package gx.techmarket.platform.search.listing;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.PatentStatus;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSchema.Facet;
import gx.techmarket.platform.search.SearchSchema.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue indexes of a published result (ADR 0030): title (weight 3), keywords (2: the result's 关键词,
 * the holder's name, its 完成人, its rights' numbers and titles; built by {@link #texts}), summary (1); the facets
 * below; {@code published} (epoch milliseconds) and {@code price} (asking price in 分) to sort by. Bump
 * {@link #VERSION} when any of it changes: every instance rebuilds its index at its next start.
 */
public final class ResultSearchSchema {

    public static final int VERSION = 3;

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

    /** The price bands: 面议, then the {@link ListingFacets.AmountBand}s of the asking price. */
    public enum PriceBand {
        NEGOTIABLE, BELOW_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, FROM_5M;

        /** The band of an asking price (null: 面议). */
        public static PriceBand of(BigDecimal price) {
            return price == null ? NEGOTIABLE : valueOf(ListingFacets.AmountBand.of(price).name());
        }
    }

    /** Patents named or not. */
    public enum Patents { WITH, WITHOUT }

    public static final SearchSchema SCHEMA = new SearchSchema(VERSION,
            List.of(new TextField(TITLE, 3f, true), new TextField(KEYWORDS, 2f, false),
                    new TextField(SUMMARY, 1f, true)),
            List.of(new Facet(INDUSTRY, false, ListingFacets.INDUSTRY_CODE),
                    new Facet(MATURITY, false, ListingFacets.names(Maturity.values())),
                    new Facet(TRL, false, v -> v.matches("[1-9]")),
                    new Facet(TRANSFER_MODE, true, ListingFacets.names(TransferMode.values())),
                    new Facet(CITY, false, ListingFacets.guangxi(GbT2260.Level.PREFECTURE)),
                    new Facet(COUNTY, false, ListingFacets.guangxi(GbT2260.Level.COUNTY)),
                    new Facet(PRICE_BAND, false, ListingFacets.names(PriceBand.values())),
                    new Facet(PATENTS, false, ListingFacets.names(Patents.values())),
                    new Facet(PATENT_STATUS, true, ListingFacets.names(PatentStatus.values())),
                    new Facet(HOLDER_KIND, false, ListingFacets.names(OrgKind.values()))),
            List.of(PUBLISHED, PRICE));

    /**
     * The text fields of a result's document, the one builder of what a result's text is (the catalogue's index and
     * the relevance bench both use it). {@code keywords} are the result's 关键词; the holder's name, the 完成人's names
     * and the rights' numbers and titles join them in the keywords field; null or blank parts are left out.
     */
    public static Map<String, String> texts(String title, String summary, List<String> keywords, String holder,
            List<String> inventors, List<String> rights) {
        List<String> words = new ArrayList<>();
        for (List<String> part : List.of(keywords, List.of(holder == null ? "" : holder), inventors, rights)) {
            for (String w : part) {
                if (w != null && !w.isBlank()) {
                    words.add(w.strip());
                }
            }
        }
        Map<String, String> texts = new HashMap<>();
        texts.put(TITLE, title);
        texts.put(SUMMARY, summary);
        texts.put(KEYWORDS, String.join(" ", words));
        return texts;
    }

    private ResultSearchSchema() {}
}
