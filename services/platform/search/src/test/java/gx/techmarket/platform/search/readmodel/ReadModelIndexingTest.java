package gx.techmarket.platform.search.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
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
    private static class Table implements IndexedRows {
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

    /** The index, counting the writes and refreshes it is asked for. */
    private static final class Counting implements SearchIndex {
        final SearchIndex inner;
        int writes;
        int refreshes;

        Counting(SearchIndex inner) {
            this.inner = inner;
        }

        @Override
        public void upsert(SearchDocument document) {
            writes++;
            inner.upsert(document);
        }

        @Override
        public void delete(String id) {
            writes++;
            inner.delete(id);
        }

        @Override
        public SearchPage search(SearchRequest request) {
            return inner.search(request);
        }

        @Override
        public boolean needsRebuild() {
            return inner.needsRebuild();
        }

        @Override
        public void replaceAll(Iterator<SearchDocument> documents) {
            inner.replaceAll(documents);
        }

        @Override
        public void refresh() {
            refreshes++;
            inner.refresh();
        }

        @Override
        public Optional<byte[]> fingerprintOf(String id) {
            return inner.fingerprintOf(id);
        }

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public Health health() {
            return inner.health();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void what_was_last_written_for_a_row_is_not_written_again() {
        Counting counting = new Counting(index);
        ReadModelIndexing driver = new ReadModelIndexing("things", counting, table,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        table.put("a", "甘蔗收获机", true);
        driver.committed("a");
        assertThat(counting.writes).isEqualTo(1);
        assertThat(counting.refreshes).isEqualTo(1);
        // the events of the same change (this instance's own commit heard back, and a second event) change nothing
        assertThat(driver.reindex("a")).isFalse();
        driver.committed("a");
        assertThat(counting.writes).isEqualTo(1);
        assertThat(found("甘蔗")).containsExactly("a");
        // a change is written, and so is the row's removal, once
        table.put("a", "糖厂废水处理", true);
        assertThat(driver.reindex("a")).isTrue();
        table.put("a", "糖厂废水处理", false);
        driver.committed("a");
        assertThat(driver.reindex("a")).isFalse();
        assertThat(counting.writes).isEqualTo(3);
        assertThat(found("糖厂")).isEmpty();
        // written by an event (no refresh), then this instance's commit of the same: nothing written, yet searchable
        table.put("b", "赤泥制备陶粒", true);
        assertThat(driver.reindex("b")).isTrue();
        driver.committed("b");
        assertThat(counting.writes).isEqualTo(4);
        assertThat(found("赤泥")).containsExactly("b");
        // a row put back as it was before is written again (what was last written differs)
        table.put("a", "糖厂废水处理", true);
        assertThat(driver.reindex("a")).isTrue();
        index.refresh();
        assertThat(found("糖厂")).containsExactly("a");
    }

    @Test
    void a_rebuilds_catch_up_writes_only_the_rows_that_differ_from_what_the_rebuild_indexed() {
        Counting counting = new Counting(index);
        Table bulkLoaded = new Table() {
            @Override
            public List<String> changedSince(Instant since) {
                // asked once the rebuild has read every row: meanwhile r03 was edited and r07 withdrawn
                put("r03", "糖厂废水处理", true);
                put("r07", "甘蔗收获机 7", false);
                return List.copyOf(rows.keySet()); // a bulk load just before: every row changed in the last minute
            }
        };
        for (int i = 0; i < 20; i++) {
            bulkLoaded.put("r%02d".formatted(i), "甘蔗收获机 " + i, true);
        }
        ReadModelIndexing driver = new ReadModelIndexing("things", counting, bulkLoaded,
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

        driver.rebuild();

        // 20 rows read again; the two that changed written (one put, one removed), the 18 the rebuild indexed not
        assertThat(counting.writes).isEqualTo(2);
        assertThat(found("废水")).containsExactly("r03");
        assertThat(found("甘蔗")).hasSize(18).doesNotContain("r03", "r07");
        assertThat(index.fingerprintOf("r05")).hasValueSatisfying(fp -> assertThat(fp)
                .isEqualTo(new SearchDocument("r05", Map.of("title", "甘蔗收获机 5"), Map.of(),
                        Map.of("published", (long) "r05".hashCode())).fingerprint()));
        assertThat(index.fingerprintOf("r07")).isEmpty();
        // after the catch-up a row is compared with what this instance wrote, as before
        assertThat(driver.reindex("r05")).isTrue();
    }

    @Test
    void a_fingerprint_covers_every_part_of_a_document_whatever_the_order_of_its_maps() {
        SearchDocument d = new SearchDocument("r1", Map.of("title", "锰", "summary", "电解锰"),
                Map.of("industry", List.of("METALLURGY")), Map.of("published", 1L));
        assertThat(d.fingerprint()).isEqualTo(new SearchDocument("r1",
                new TreeMap<>(Map.of("summary", "电解锰", "title", "锰")), Map.of("industry", List.of("METALLURGY")),
                Map.of("published", 1L)).fingerprint());
        assertThat(d.fingerprint())
                .isNotEqualTo(new SearchDocument("r1", d.texts(), d.facets(), Map.of("published", 2L)).fingerprint())
                .isNotEqualTo(new SearchDocument("r1", d.texts(), Map.of("industry", List.of("ALUMINIUM")),
                        d.numbers()).fingerprint())
                .isNotEqualTo(new SearchDocument("r2", d.texts(), d.facets(), d.numbers()).fingerprint());
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
