package gx.techmarket.platform.search.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The driver that keeps an index a read model of a table, against a table in memory. */
class ReadModelIndexingTest {

    private static final SearchSchema SCHEMA = new SearchSchema(1,
            List.of(new SearchSchema.TextField("title", 1f, true)), List.of(), List.of("published"));

    /** A table: id → (title, published?), rows changed since the rebuild began, transactions counted. */
    private static final class Table implements IndexedRows {
        final TreeMap<String, Map.Entry<String, Boolean>> rows = new TreeMap<>();
        List<String> changed = List.of();
        int transactions;

        void put(String id, String title, boolean published) {
            rows.put(id, Map.entry(title, published));
        }

        private SearchDocument document(String id) {
            return new SearchDocument(id, Map.of("title", rows.get(id).getKey()), Map.of(),
                    Map.of("published", (long) id.hashCode()));
        }

        @Override
        public List<SearchDocument> searchableAfter(String after, int limit) {
            return (after == null ? rows : rows.tailMap(after, false)).entrySet().stream()
                    .filter(e -> e.getValue().getValue()).limit(limit).map(e -> document(e.getKey())).toList();
        }

        @Override
        public List<String> changedSince(Instant since) {
            return changed;
        }

        @Override
        public Optional<SearchDocument> searchable(String id) {
            var row = rows.get(id);
            return row != null && row.getValue() ? Optional.of(document(id)) : Optional.empty();
        }

        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            transactions++;
            return work.get();
        }
    }

    private final Table table = new Table();
    private final SearchIndex index = new LuceneSearchIndex(SCHEMA, Analysis.standard(), null,
            SearchSort.by("published", true));
    private final ReadModelIndexing indexing = new ReadModelIndexing("things", index, table,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    private List<String> found(String text) {
        return index.search(new SearchRequest(text, Map.of(), List.of(), null, null, 20)).hits().stream()
                .map(h -> h.id()).toList();
    }

    @Test
    void a_rebuild_indexes_the_searchable_rows_in_batches_and_reads_the_changed_ones_again() {
        for (int i = 0; i < ReadModelIndexing.BATCH + 10; i++) {
            table.put("r%04d".formatted(i), "甘蔗收获机 " + i, i % 100 != 7);
        }
        table.put("z", "锰矿", false);
        table.changed = List.of("z");
        table.put("z", "锰矿", true);

        indexing.rebuild();

        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.health().state()).isEqualTo(SearchIndex.State.READY);
        assertThat(index.size()).isEqualTo(ReadModelIndexing.BATCH + 10 - 6 + 1);
        assertThat(found("锰")).containsExactly("z");
        assertThat(found("甘蔗")).doesNotContain("r0007", "r0107");
        // two batches (500, then 5) and the changed ids read, then the changed row: one transaction each
        assertThat(table.transactions).isEqualTo(4);
    }

    @Test
    void a_row_read_again_is_put_when_searchable_and_removed_otherwise_or_when_gone() {
        indexing.rebuild();
        table.put("a", "钒电池", true);
        indexing.committed("a");
        assertThat(found("钒")).containsExactly("a");

        table.put("a", "钒电池", false);
        indexing.committed("a");
        assertThat(found("钒")).isEmpty();

        table.put("a", "钒电池", true);
        indexing.committed("a");
        table.rows.remove("a");
        indexing.committed("a");
        assertThat(found("钒")).isEmpty();
    }

    @Test
    void an_event_names_its_row_in_its_id_field_or_none() {
        assertThat(ReadModelIndexing.rowOf("{\"resultId\":\"r1\",\"title\":\"x\"}", "resultId")).contains("r1");
        assertThat(ReadModelIndexing.rowOf("{\"resultId\":null}", "resultId")).isEmpty();
        assertThat(ReadModelIndexing.rowOf("{\"demandId\":\"d1\"}", "resultId")).isEmpty();
        assertThatThrownBy(() -> ReadModelIndexing.rowOf("not json {", "resultId"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
