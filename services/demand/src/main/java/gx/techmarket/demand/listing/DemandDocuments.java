package gx.techmarket.demand.listing;

import static gx.techmarket.platform.search.listing.DemandSearchSchema.BUDGET;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.BUDGET_BAND;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.CITY;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.COOPERATION_MODE;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.COUNTY;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.DEADLINE;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.INDUSTRY;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.KEYWORDS;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.PROBLEM;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.PUBLISHED;
import static gx.techmarket.platform.search.listing.DemandSearchSchema.TITLE;

import gx.techmarket.platform.search.listing.DemandSearchSchema;
import gx.techmarket.platform.search.listing.ListingFacets;
import gx.techmarket.platform.search.SearchDocument;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A published demand as the search index holds it (DemandSearchSchema's fields). */
final class DemandDocuments {

    private static final BigDecimal FEN = BigDecimal.valueOf(100);

    private DemandDocuments() {}

    static SearchDocument of(Demand d) {
        Map<String, String> texts = new HashMap<>();
        texts.put(TITLE, d.title());
        texts.put(PROBLEM, d.problem);
        texts.put(KEYWORDS, d.demander.toParty().name());
        Map<String, List<String>> facets = new HashMap<>();
        facets.put(INDUSTRY, List.of(d.industry()));
        facets.put(BUDGET_BAND, List.of(DemandSearchSchema.BudgetBand.of(d.budgetMax).name()));
        ListingFacets.city(d.regionCode()).ifPresent(c -> facets.put(CITY, List.of(c)));
        ListingFacets.county(d.regionCode()).ifPresent(c -> facets.put(COUNTY, List.of(c)));
        facets.put(COOPERATION_MODE, List.copyOf(d.cooperationModes));
        Map<String, Long> numbers = new HashMap<>();
        if (d.publishedAt() != null) {
            numbers.put(PUBLISHED, d.publishedAt().toEpochMilli());
        }
        numbers.put(DEADLINE, d.deadline.toEpochDay());
        numbers.put(BUDGET, d.budgetMax.multiply(FEN).longValueExact());
        return new SearchDocument(d.id().toString(), texts, facets, numbers);
    }
}
