package gx.techmarket.catalogue.result;

import static gx.techmarket.platform.search.listing.ResultSearchSchema.CITY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.COUNTY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.HOLDER_KIND;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.INDUSTRY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.MATURITY;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PATENTS;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PATENT_STATUS;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PRICE;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PRICE_BAND;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.PUBLISHED;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.TRANSFER_MODE;
import static gx.techmarket.platform.search.listing.ResultSearchSchema.TRL;

import gx.techmarket.platform.search.listing.ListingFacets;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import gx.techmarket.contracts.events.Patent;
import gx.techmarket.platform.search.SearchDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A published result as the search index holds it (ResultSearchSchema's fields and its {@code texts} builder). */
final class ResultDocuments {

    private static final BigDecimal FEN = BigDecimal.valueOf(100);

    private ResultDocuments() {}

    static SearchDocument of(Result r) {
        List<String> rights = new ArrayList<>();
        for (Patent p : r.patents) {
            rights.add(p.number());
            rights.add(p.title());
        }
        Map<String, String> texts = ResultSearchSchema.texts(r.title(), r.summary, r.keywords,
                r.holder.toParty().name(), r.inventors.stream().map(Inventor::name).toList(), rights);
        Map<String, List<String>> facets = new HashMap<>();
        facets.put(INDUSTRY, List.of(r.industry()));
        facets.put(MATURITY, List.of(r.maturity.name()));
        if (r.trl != null) {
            facets.put(TRL, List.of(r.trl.toString()));
        }
        facets.put(TRANSFER_MODE, List.copyOf(r.transferModes));
        ListingFacets.city(r.regionCode()).ifPresent(c -> facets.put(CITY, List.of(c)));
        ListingFacets.county(r.regionCode()).ifPresent(c -> facets.put(COUNTY, List.of(c)));
        facets.put(PRICE_BAND, List.of(ResultSearchSchema.PriceBand.of(r.askingPrice).name()));
        facets.put(PATENTS, List.of((r.patents.isEmpty() ? ResultSearchSchema.Patents.WITHOUT
                : ResultSearchSchema.Patents.WITH).name()));
        List<String> statuses = r.patents.stream().map(p -> p.status().name()).distinct().toList();
        if (!statuses.isEmpty()) {
            facets.put(PATENT_STATUS, statuses);
        }
        facets.put(HOLDER_KIND, List.of(r.holder.toParty().kind().name()));
        Map<String, Long> numbers = new HashMap<>();
        if (r.publishedAt() != null) {
            numbers.put(PUBLISHED, r.publishedAt().toEpochMilli());
        }
        if (r.askingPrice != null) {
            numbers.put(PRICE, r.askingPrice.multiply(FEN).longValueExact());
        }
        return new SearchDocument(r.id().toString(), texts, facets, numbers);
    }
}
