package gx.techmarket.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One supervisor per {@code TECHMARKET_HOME}: it holds an exclusive lock on {@code run/supervisor.lock} for as long as
 * it lives. The kernel drops the lock when the process dies, however it dies, so a stale lock cannot block a restart.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty if another process holds it. */
    public static Optional<RunLock> tryAcquire(Path runDirectory) {
        try {
            Files.createDirectories(runDirectory);
            FileChannel channel = FileChannel.open(runDirectory.resolve("supervisor.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new RunLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + runDirectory.resolve("supervisor.lock"), e);
        }
    }

    /** Whether a supervisor holds the lock right now. */
    public static boolean held(Path runDirectory) {
        if (!Files.isRegularFile(runDirectory.resolve("supervisor.lock"))) {
            return false;
        }
        Optional<RunLock> probe = tryAcquire(runDirectory);
        probe.ifPresent(RunLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
