package gx.techmarket.bench.baseline;

import gx.techmarket.bench.load.LatencySummary;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * The real {@code pgbench} binary (Debian's postgresql-client) against the market's PostgreSQL, as the superuser
 * {@code postgres} (trust on loopback). It runs as a process of its own; its summary is parsed from its output and
 * the latency percentiles from its per-transaction log ({@code -l}), one line per transaction.
 */
record PgBench(Path binary, int port, String database) {

    static final String INSTALL_SCRIPT = "deploy/bench/install-pgbench.sh";

    private static final Pattern TPS = Pattern.compile(
            "^tps = ([0-9.]+) \\(without initial connection time\\)", Pattern.MULTILINE);
    private static final Pattern LATENCY = Pattern.compile("^latency average = ([0-9.]+) ms", Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile(
            "^number of transactions actually processed: (\\d+)", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)",
            Pattern.MULTILINE);
    private static final Pattern CONNECT = Pattern.compile("^initial connection time = ([0-9.]+) ms",
            Pattern.MULTILINE);
    private static final Pattern SERVER = Pattern.compile("^pgbench \\(.*server ([^)]+)\\)", Pattern.MULTILINE);

    /**
     * pgbench on the PATH, else the newest {@code /usr/lib/postgresql/<major>/bin/pgbench}; a clear error naming the
     * install script when there is none.
     */
    static Path locate() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "pgbench"));
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> majors = Files.list(debian)) {
                majors.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                                .reversed())
                        .forEach(p -> candidates.add(p.resolve("bin/pgbench")));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + debian, e);
            }
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst()
                .orElseThrow(() -> new IllegalStateException("pgbench is not installed (looked on the PATH and in "
                        + "/usr/lib/postgresql/*/bin); install Debian's postgresql-client with " + INSTALL_SCRIPT
                        + " (apt-get, as root or with password-less sudo) and run again"));
    }

    /** {@code pgbench --version}'s line, e.g. "pgbench (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
    String version(Path work) throws IOException, InterruptedException {
        Output out = exec(List.of(binary.toString(), "--version"), work, Duration.ofSeconds(30));
        out.requireSuccess("pgbench --version");
        return out.text().lines().findFirst().orElse("").trim();
    }

    /** {@code pgbench -i -s scale}: drops and creates the pgbench tables and fills them; returns the seconds taken. */
    double initialise(int scale, Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Output out = exec(command("-i", "-s", Integer.toString(scale), "-q"), work, Duration.ofMinutes(10));
        out.requireSuccess("pgbench -i -s " + scale);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * One run of {@code clients} clients on {@code threads} threads for {@code duration}, with the given
     * transaction options ({@code -S} for select-only, none for the TPC-B-like mix), logging every transaction
     * into a directory under {@code work} that is deleted afterwards.
     */
    Result run(String label, List<String> options, int clients, int threads, Duration duration, Path work)
            throws IOException, InterruptedException {
        Path logs = Files.createTempDirectory(work, "pgbench-log-");
        try {
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("-c", Integer.toString(clients), "-j", Integer.toString(threads),
                    "-T", Long.toString(duration.toSeconds()), "-l", "--log-prefix", logs.resolve("tx").toString()));
            Output out = exec(command(args.toArray(String[]::new)), work, duration.plusMinutes(2));
            String shown = "pgbench " + String.join(" ", options) + (options.isEmpty() ? "" : " ") + "-c " + clients
                    + " -j " + threads + " -T " + duration.toSeconds() + " -l";
            out.requireSuccess(shown);
            Summary summary = Summary.parse(out.text());
            Histogram micros = LatencySummary.histogram();
            long[] failed = {0};
            try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "tx.*")) {
                for (Path file : files) {
                    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                        lines.forEach(line -> {
                            if (!readLogLine(line, micros)) {
                                failed[0]++;
                            }
                        });
                    }
                }
            }
            return new Result(label, shown, summary, micros, failed[0]);
        } finally {
            deleteTree(logs);
        }
    }

    /**
     * One line of pgbench's per-transaction log, "client_id transaction_no time script_no time_epoch time_us
     * [schedule_lag] [retries]", with {@code time} the transaction's latency in microseconds (or "failed" /
     * "skipped"): records the latency and returns true, or returns false for a transaction that did not complete.
     */
    static boolean readLogLine(String line, Histogram micros) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 6) {
            throw new IllegalStateException("not a line of pgbench's transaction log: '" + line + "'");
        }
        if (!f[2].chars().allMatch(Character::isDigit)) {
            return false;
        }
        micros.recordValue(Long.parseLong(f[2]));
        return true;
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "postgres"));
        command.addAll(List.of(args));
        command.add(database);
        return command;
    }

    private static Output exec(List<String> command, Path work, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "pgbench-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            builder.environment().remove("PGPASSWORD");
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish in "
                        + timeout.toSeconds() + " s:\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Output(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Output(int exitCode, String text) {
        void requireSuccess(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + text.strip());
            }
        }
    }

    /** What pgbench prints at the end of a run. */
    record Summary(double tps, double latencyMs, double connectMs, long transactions, long failed,
            Optional<String> serverVersion) {

        static Summary parse(String output) {
            return new Summary(number(TPS, output, "tps").orElseThrow(),
                    number(LATENCY, output, "latency average").orElseThrow(),
                    number(CONNECT, output, "initial connection time").orElse(Double.NaN),
                    (long) number(PROCESSED, output, "number of transactions").orElseThrow(),
                    (long) number(FAILED, output, null).orElse(0),
                    find(SERVER, output).map(String::trim));
        }

        private static OptionalDouble number(Pattern pattern, String output, String required) {
            Optional<String> value = find(pattern, output);
            if (value.isEmpty() && required != null) {
                throw new IllegalStateException("pgbench printed no '" + required + "' line:\n" + output.strip());
            }
            return value.map(v -> OptionalDouble.of(Double.parseDouble(v))).orElse(OptionalDouble.empty());
        }

        private static Optional<String> find(Pattern pattern, String output) {
            Matcher m = pattern.matcher(output);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    /** A run's summary and the latencies of its logged transactions (microseconds). */
    record Result(String label, String command, Summary summary, Histogram micros, long failedInLog) {

        double p50Ms() {
            return percentileMs(50);
        }

        double p99Ms() {
            return percentileMs(99);
        }

        double p999Ms() {
            return percentileMs(99.9);
        }

        double maxMs() {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getMaxValue() / 1_000.0;
        }

        /** Whether the log holds every transaction pgbench counted (then its percentiles are the run's). */
        boolean logComplete() {
            return micros.getTotalCount() == summary.transactions();
        }

        private double percentileMs(double percentile) {
            return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1_000.0;
        }
    }
}
