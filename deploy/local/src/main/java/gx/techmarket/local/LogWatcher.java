package gx.techmarket.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines a log file gained since the last look (complete lines only). */
public final class LogWatcher {

    private final Path file;
    private long offset;

    private LogWatcher(Path file, long offset) {
        this.file = file;
        this.offset = offset;
    }

    /** Watches from the current end of the file: only what is written from now on. */
    public static LogWatcher fromEnd(Path file) {
        long size = 0;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            size = 0;
        }
        return new LogWatcher(file, size);
    }

    public List<String> newLines() {
        List<String> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < offset) {
                offset = 0; // truncated or replaced
            }
            if (length == offset) {
                return lines;
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 4 * 1024 * 1024)];
            in.seek(offset);
            in.readFully(bytes);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                    lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            offset += start;
        } catch (IOException e) {
            return lines;
        }
        return lines;
    }
}
