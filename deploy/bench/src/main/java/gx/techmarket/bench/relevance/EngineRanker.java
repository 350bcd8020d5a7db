package gx.techmarket.bench.relevance;

import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRefusal;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import java.util.List;
import java.util.Map;

/**
 * The market's search engine (ADR 0030) on the corpus: an in-memory {@link LuceneSearchIndex} with the catalogue's
 * own schema ({@link ResultSearchSchema}: title 3, keywords 2, summary 1) and the kernel's synonyms, ranked by
 * relevance. Each result's text is what the catalogue indexes, built by the same {@link ResultSearchSchema#texts}: its
 * 关键词, holder, 完成人 (none in the corpus) and rights' numbers in the keywords field.
 */
public final class EngineRanker implements Ranker {

    private final LuceneSearchIndex index = new LuceneSearchIndex(ResultSearchSchema.SCHEMA, Analysis.standard(),
            null, SearchSort.by(ResultSearchSchema.PUBLISHED, true));

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public void add(List<ResultDoc> results) {
        for (ResultDoc r : results) {
            index.upsert(document(r));
        }
        index.refresh();
    }

    /** The document the catalogue indexes for {@code r} (its text fields; facets do not rank). */
    static SearchDocument document(ResultDoc r) {
        return new SearchDocument(r.id(), ResultSearchSchema.texts(r.title(), r.summary(), r.keywords(), r.holder(),
                List.of(), r.patentNumbers()), Map.of(),
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
