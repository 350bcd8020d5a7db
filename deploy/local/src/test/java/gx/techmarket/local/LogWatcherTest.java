package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogWatcherTest {

    @TempDir
    Path dir;

    private void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void onlyNewCompleteLinesAreReturned() throws Exception {
        Path log = dir.resolve("keycloak.log");
        append(log, "old line\n");
        LogWatcher watcher = LogWatcher.fromEnd(log);
        assertThat(watcher.newLines()).isEmpty();
        append(log, "Realm 'techmarket' imported\r\npartial");
        assertThat(watcher.newLines()).containsExactly("Realm 'techmarket' imported");
        append(log, " 百色\n");
        assertThat(watcher.newLines()).containsExactly("partial 百色");
        assertThat(watcher.newLines()).isEmpty();
    }

    @Test
    void aFileThatDoesNotExistYetIsWatchedFromItsStart() throws Exception {
        Path log = dir.resolve("later.log");
        LogWatcher watcher = LogWatcher.fromEnd(log);
        assertThat(watcher.newLines()).isEmpty();
        append(log, "first\n");
        assertThat(watcher.newLines()).containsExactly("first");
    }
}
