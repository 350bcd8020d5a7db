package gx.techmarket.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Sends the in-process components' logging to one file each under {@code logs/}: Kafka to {@code kafka.log},
 * the embedded PostgreSQL (zonky and the server's own output) to {@code postgres.log}, anything else to
 * {@code launcher.log}. Nothing of theirs reaches the terminal.
 */
public final class LogSetup {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

    /** Strong references: JUL holds loggers weakly, and a collected logger forgets its handlers. */
    private static final List<Logger> CONFIGURED = new java.util.ArrayList<>();

    private LogSetup() {}

    public static void configure(Path logDirectory) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(Level.INFO);
        root.addHandler(handler(logDirectory.resolve("launcher.log"), Level.WARNING));
        CONFIGURED.add(root);
        Handler kafka = handler(logDirectory.resolve("kafka.log"), Level.ALL);
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            route(name, kafka, Level.WARNING);
        }
        route("io.zonky", handler(logDirectory.resolve("postgres.log"), Level.ALL), Level.INFO);
    }

    private static void route(String name, Handler handler, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setUseParentHandlers(false);
        logger.setLevel(level);
        logger.addHandler(handler);
        CONFIGURED.add(logger);
    }

    private static Handler handler(Path file, Level level) {
        try {
            Files.createDirectories(file.getParent());
            OutputStream out = new FileOutputStream(file.toFile(), true);
            StreamHandler handler = new StreamHandler(out, new LineFormatter()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            handler.setLevel(level);
            handler.setEncoding("UTF-8");
            return handler;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file, e);
        }
    }

    /** {@code 2026-11-21 10:00:00,123 WARN  [kafka.server.BrokerServer] message}. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(String.format(Locale.ROOT, "%-5s", level(r.getLevel()))).append(" [")
                    .append(r.getLoggerName()).append("] ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }

        private static String level(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN";
            }
            if (level.intValue() >= Level.INFO.intValue()) {
                return "INFO";
            }
            return "DEBUG";
        }
    }
}
