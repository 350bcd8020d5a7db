package gx.techmarket.catalogue.search;

import gx.techmarket.platform.search.listing.ResultSearchSchema;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchRefusal;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.search.readmodel.EmbeddedIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's search index of published results (ADR 0030): an embedded Lucene index in
 * {@code techmarket.search.index-dir} (in memory when the property is not set: tests, and the embedded default
 * rebuilds it at every start). Who fills it and keeps it current is the result side's business (it knows results;
 * search does not).
 */
@ApplicationScoped
public class ResultIndex {

    private final SearchIndex index;

    ResultIndex(@ConfigProperty(name = "techmarket.search.index-dir") Optional<String> dir) {
        this.index = EmbeddedIndex.open("results", ResultSearchSchema.SCHEMA,
                SearchSort.by(ResultSearchSchema.PUBLISHED, true), dir);
    }

    public SearchIndex index() {
        return index;
    }

    @PreDestroy
    void close() {
        index.close();
    }

    /** A search the kernel refused, as the 400 problem the client gets (code and the parameter at fault). */
    public static ProblemException problem(SearchRefusal refusal) {
        return ProblemException.badRequest(refusal.code(), refusal.args()).withField(refusal.field(), refusal.code());
    }
}
