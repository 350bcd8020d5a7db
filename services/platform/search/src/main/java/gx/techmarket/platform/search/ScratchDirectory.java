package gx.techmarket.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The files of an index that lives as long as its process (an index without a configured directory: the embedded
 * default rebuilds it at every start, ADR 0030 and 0034). They are memory-mapped like any on-disk index, so its bytes
 * are in the page cache rather than on the heap, and read through Lucene's fast path (a {@code ByteBuffersDirectory}
 * reads every byte through a list of buffers: at 100,000 results it was most of a search's time).
 *
 * <p>Each index gets {@code <java.io.tmpdir>/techmarket-search/<pid>-<n>}, deleted when the index closes; a
 * directory left by a process that no longer runs (killed) is deleted by the next one that opens a scratch index.
 */
final class ScratchDirectory {

    static final String PARENT = "techmarket-search";

    private ScratchDirectory() {}

    /** A new empty directory of this process, after removing those of processes that are gone. */
    static Path create() {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), PARENT);
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent);
            return Files.createTempDirectory(parent, ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything in it (nothing when it is gone already). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException failed) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process a scratch directory's name says made it ({@code <pid>-…}); empty for any other name. */
    static Optional<Long> owner(String name) {
        int dash = name.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(name.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void removeLeftovers(Path parent) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path dir : dirs) {
                Optional<Long> pid = owner(dir.getFileName().toString());
                if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid.isPresent()) {
                    try {
                        delete(dir);
                    } catch (UncheckedIOException raced) {
                        // another process removes it at the same time: nothing left to do
                    }
                }
            }
        }
    }
}
