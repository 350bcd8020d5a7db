package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static gx.techmarket.platform.search.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The rebuild on several threads: every document once, nothing else, and a failure of the source surfaces. */
class BulkBuildTest {

    private static final String[] INDUSTRIES = {"SUGAR", "NEW_MATERIALS", "ELECTRONICS"};
    private static final int N = 2_345;

    private static LuceneSearchIndex index(int threads) {
        return new LuceneSearchIndex(Fixtures.schema(1), Fixtures.ANALYSIS, null, SearchSort.by("published", true),
                LuceneSearchIndex.SAMPLE_ABOVE, LuceneSearchIndex.SAMPLE_SIZE, LuceneSearchIndex.ESTIMATE_REUSE_MS,
                threads);
    }

    /** Document i: its own Latin word (code + letters of i), one of three industries. */
    private static SearchDocument numbered(int i) {
        return doc("d" + i, "甘蔗收获机 code" + letters(i), "第" + i + "号成果的摘要", INDUSTRIES[i % 3], i, null,
                "LICENSE");
    }

    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        int k = i;
        do {
            s.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return s.toString();
    }

    private static Iterator<SearchDocument> numbered(int from, int to) {
        return new Iterator<>() {
            int i = from;

            @Override
            public boolean hasNext() {
                return i < to;
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return numbered(i++);
            }
        };
    }

    @Test
    void a_rebuild_on_three_threads_holds_every_document_once_and_nothing_from_before() {
        try (LuceneSearchIndex index = index(3)) {
            index.upsert(doc("old", "锰矿", "锰", "SUGAR", 1, null, "LICENSE"));
            index.refresh();
            index.replaceAll(numbered(0, N));
            assertThat(index.health()).isEqualTo(new SearchIndex.Health(SearchIndex.State.READY, N, 1));
            assertThat(ids(index.search(query("锰")))).isEmpty();
            for (int i : new int[] {0, 1, 199, 200, 201, 1_000, N - 1}) {
                assertThat(ids(index.search(query("code" + letters(i))))).as("document %d", i).containsExactly("d" + i);
            }
            SearchPage sugar = index.search(new SearchRequest(null, Map.of("industry", List.of("SUGAR")), List.of(),
                    null, null, 20));
            assertThat(sugar.facets().get("industry")).containsExactlyInAnyOrder(
                    new SearchPage.FacetCount("SUGAR", (N + 2) / 3));
            assertThat(index.search(new SearchRequest(null, Map.of(), List.of(), null, null, 20)).facets()
                    .get("industry").stream().mapToLong(SearchPage.FacetCount::count).sum()).isEqualTo(N);
        }
    }

    @Test
    void one_thread_builds_the_same_index() {
        try (LuceneSearchIndex index = index(1)) {
            index.replaceAll(numbered(0, 500));
            assertThat(index.size()).isEqualTo(500);
            assertThat(ids(index.search(query("code" + letters(321))))).containsExactly("d321");
        }
    }

    @Test
    void a_source_that_fails_fails_the_rebuild_and_the_index_still_needs_one() {
        try (LuceneSearchIndex index = index(2)) {
            Iterator<SearchDocument> failing = new Iterator<>() {
                final Iterator<SearchDocument> first = numbered(0, 700);

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public SearchDocument next() {
                    if (first.hasNext()) {
                        return first.next();
                    }
                    throw new IllegalStateException("the table went away");
                }
            };
            assertThatThrownBy(() -> index.replaceAll(failing)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the table went away");
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.health().state()).isEqualTo(SearchIndex.State.BUILDING);
            index.replaceAll(numbered(0, 10));
            assertThat(index.size()).isEqualTo(10);
        }
    }

    @Test
    void a_document_a_worker_cannot_index_fails_the_rebuild() {
        try (LuceneSearchIndex index = index(2)) {
            // a term longer than Lucene's 32,766 bytes: refused by the writer, in a worker
            SearchDocument immense = new SearchDocument("immense", Map.of("title", "x"),
                    Map.of("city", List.of("4".repeat(40_000))), Map.of());
            Iterator<SearchDocument> bad = List.of(numbered(1), immense, numbered(2)).iterator();
            assertThatThrownBy(() -> index.replaceAll(bad)).isInstanceOf(RuntimeException.class);
            assertThat(index.needsRebuild()).isTrue();
        }
    }
}
