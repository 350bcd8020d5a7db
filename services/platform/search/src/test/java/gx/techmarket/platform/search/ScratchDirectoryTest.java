package gx.techmarket.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An index without a directory of its own: scratch files of this process, gone when it closes or when it died. */
class ScratchDirectoryTest {

    private static final Path PARENT = Path.of(System.getProperty("java.io.tmpdir"), ScratchDirectory.PARENT);

    @Test
    void an_index_without_a_directory_lives_in_scratch_files_deleted_when_it_closes() throws IOException {
        List<Path> before = mine();
        LuceneSearchIndex index = Fixtures.memory();
        index.upsert(Fixtures.doc("r1", "甘蔗收获机", "整秆式甘蔗收获机", "SUGAR", 1, 100L, "TRANSFER"));
        index.refresh();
        assertThat(index.search(new SearchRequest("甘蔗", Map.of(), List.of(), null, null, 10)).total()).isEqualTo(1);
        List<Path> open = mine();
        assertThat(open).hasSize(before.size() + 1);
        Path dir = open.stream().filter(p -> !before.contains(p)).findFirst().orElseThrow();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).as("the index's files are on disk, memory-mapped").isPositive();
        }

        index.close();

        assertThat(dir).doesNotExist();
    }

    @Test
    void the_scratch_directory_of_a_process_that_is_gone_is_removed_by_the_next_index() throws IOException {
        Files.createDirectories(PARENT);
        Path dead = Files.createDirectories(PARENT.resolve(deadPid() + "-1234"));
        Files.writeString(dead.resolve("_0.cfs"), "left by a killed process");
        Path other = Files.createDirectories(PARENT.resolve("not-a-scratch-directory"));

        try (LuceneSearchIndex index = Fixtures.memory()) {
            assertThat(index.size()).isZero();
        }

        assertThat(dead).doesNotExist();
        assertThat(other).as("only directories named by a process are ever removed").exists();
        Files.delete(other);
    }

    @Test
    void the_owner_of_a_scratch_directory_is_read_from_its_name() {
        assertThat(ScratchDirectory.owner("4242-987")).contains(4242L);
        assertThat(ScratchDirectory.owner("results")).isEmpty();
        assertThat(ScratchDirectory.owner("-1")).isEmpty();
        assertThat(ScratchDirectory.owner("x1-2")).isEmpty();
    }

    private static List<Path> mine() throws IOException {
        if (!Files.isDirectory(PARENT)) {
            return List.of();
        }
        String prefix = ProcessHandle.current().pid() + "-";
        try (Stream<Path> dirs = Files.list(PARENT)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** A process id no process has now. */
    private static long deadPid() {
        long pid = 4_000_000L;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
