package gx.techmarket.bench.relevance;

import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRefusal;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The market's search engine (ADR 0030) on the corpus: an in-memory {@link LuceneSearchIndex} with the catalogue's
 * own schema ({@link ResultSearchSchema}: title 3, keywords 2, summary 1) and the kernel's synonyms, ranked by
 * relevance. The catalogue indexes as keywords the holder's name and its rights' numbers; a result of the catalogue has
 * no 关键词 field of its own yet, so the corpus's {@code keywords} are indexed only when {@code withKeywords} (the
 * second engine in the report), to show what they would add.
 */
public final class EngineRanker implements Ranker {

    private final boolean withKeywords;
    private final LuceneSearchIndex index = new LuceneSearchIndex(ResultSearchSchema.SCHEMA, Analysis.standard(),
            null, SearchSort.by(ResultSearchSchema.PUBLISHED, true));

    EngineRanker(boolean withKeywords) {
        this.withKeywords = withKeywords;
    }

    @Override
    public String name() {
        return withKeywords ? "engine+keywords" : "engine";
    }

    @Override
    public void add(List<ResultDoc> results) {
        for (ResultDoc r : results) {
            index.upsert(document(r, withKeywords));
        }
        index.refresh();
    }

    /** The document the catalogue would index for {@code r} (its text fields; facets do not rank). */
    static SearchDocument document(ResultDoc r, boolean withKeywords) {
        List<String> keywords = new ArrayList<>();
        keywords.add(r.holder());
        keywords.addAll(r.patentNumbers());
        if (withKeywords) {
            keywords.addAll(r.keywords());
        }
        return new SearchDocument(r.id(), Map.of(ResultSearchSchema.TITLE, r.title(), ResultSearchSchema.SUMMARY,
                r.summary(), ResultSearchSchema.KEYWORDS, String.join(" ", keywords)), Map.of(),
                Map.of(ResultSearchSchema.PUBLISHED, r.publishedAt().toEpochDay()));
    }

    @Override
    public List<String> rank(String query, int limit) {
        try {
            SearchPage page = index.search(new SearchRequest(query, Map.of(), List.of(), SearchSort.RELEVANCE, null,
                    Math.min(limit, SearchRequest.MAX_SIZE)));
            return page.hits().stream().map(SearchPage.Hit::id).toList();
        } catch (SearchRefusal refused) {
            return List.of();
        }
    }
}
