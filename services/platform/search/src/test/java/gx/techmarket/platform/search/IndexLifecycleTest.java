package gx.techmarket.platform.search;

import static gx.techmarket.platform.search.Fixtures.doc;
import static gx.techmarket.platform.search.Fixtures.ids;
import static gx.techmarket.platform.search.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index on disk: built, reopened as it is, rebuilt when the schema version changes. */
class IndexLifecycleTest {

    @TempDir
    Path dir;

    private LuceneSearchIndex open(int version) {
        return new LuceneSearchIndex(Fixtures.schema(version), Fixtures.ANALYSIS, dir, SearchSort.by("published", true));
    }

    @Test
    void a_new_index_needs_a_rebuild_and_is_building_until_then() {
        try (LuceneSearchIndex index = open(1)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.health().state()).isEqualTo(SearchIndex.State.BUILDING);
            index.replaceAll(List.of(doc("a", "锰矿", "锰", "SUGAR", 1, null, "LICENSE"),
                    doc("b", "甘蔗", "糖", "SUGAR", 2, null, "LICENSE")).iterator());
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.health()).isEqualTo(new SearchIndex.Health(SearchIndex.State.READY, 2, 1));
            index.upsert(doc("c", "钒电池", "钒", "NEW_MATERIALS", 3, null, "LICENSE"));
        }
        try (LuceneSearchIndex same = open(1)) {
            assertThat(same.needsRebuild()).isFalse();
            assertThat(same.size()).isEqualTo(3);
            assertThat(ids(same.search(query("锰")))).containsExactly("a");
        }
        try (LuceneSearchIndex other = open(2)) {
            assertThat(other.needsRebuild()).isTrue();
            assertThat(other.size()).isZero();
        }
    }

    @Test
    void an_interrupted_rebuild_is_done_again_at_the_next_start() {
        try (LuceneSearchIndex index = open(1)) {
            index.upsert(doc("a", "锰矿", "锰", "SUGAR", 1, null, "LICENSE"));
        }
        try (LuceneSearchIndex again = open(1)) {
            assertThat(again.needsRebuild()).isTrue();
        }
    }
}
