package gx.techmarket.platform.search.readmodel;

import gx.techmarket.platform.search.SearchDocument;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a read-model index is made of: a service's table, each row mapped to its {@link SearchDocument} (ADR 0030).
 * The service knows its rows and which of them are searchable (e.g. published); {@link ReadModelIndexing} knows
 * when to read them. Ids are the rows' ids as text (the documents' ids). The three reads are called inside
 * {@link #inNewTransaction}.
 */
public interface IndexedRows {

    /** At most {@code limit} searchable rows after id {@code after} (from the first when null), in id order. */
    List<SearchDocument> searchableAfter(String after, int limit);

    /** The ids of the rows changed (in any state) since {@code since}. */
    List<String> changedSince(Instant since);

    /** Row {@code id}'s document when it is searchable now; empty when it is not, or gone. */
    Optional<SearchDocument> searchable(String id);

    /** Runs {@code work} in a transaction of its own (committed before this returns) and returns what it returned. */
    <T> T inNewTransaction(Supplier<T> work);
}
