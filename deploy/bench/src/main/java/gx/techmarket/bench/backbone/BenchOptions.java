package gx.techmarket.bench.backbone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line (and its environment variables) of the benchmark. */
record BenchOptions(
        List<Integer> rates,
        Duration warmup,
        Duration measure,
        Duration jitWarmup,
        int writers,
        Set<Phase.Path> paths,
        Optional<String> postgres,
        Optional<String> pgUser,
        Optional<String> pgPassword,
        Optional<String> kafka,
        Optional<Integer> consumerThreads,
        int topicPartitions,
        String synchronousCommit,
        Duration drainTimeout,
        Path resultsDir,
        Path dataDir,
        boolean quick,
        boolean help) {

    static final List<Integer> DEFAULT_RATES = List.of(100, 500, 2000);

    static final String USAGE = """
            Usage: run-outbox-bench.sh [options]

            Outbox -> Kafka -> inbox throughput and latency at fixed rates, next to a raw Kafka producer -> consumer
            baseline on the same broker. Starts its own PostgreSQL and Kafka unless told where they are.

              --rates 100,500,2000     offered rates, events per second (default 100,500,2000)
              --warmup 10s             warm-up per rate and path, not measured (default 10s; --quick 3s)
              --measure 30s            measured window per rate and path (default 30s; --quick 5s)
              --jit-warmup 15s         before the first rate, each path at 250/s, not measured (default 15s;
                                       --quick 0s), so the JIT has compiled the hot code before anything counts
              --quick                  a short smoke run; results go to target/bench-results unless --results is given
              --paths outbox,baseline  which paths to run (default both)
              --writers 16             writer threads of the outbox path, one transaction each (default 16)
              --consumer-threads N     copies of the inbox channel, each with its own Kafka consumer (SmallRye
                                       channel `concurrency`; default 1, a service's default)
              --topic-partitions 3     partitions of the topics the bench creates (default 3, the broker default)
              --synchronous-commit on  PostgreSQL synchronous_commit of the bench's connections (default on: a commit
                                       is durable when it returns, as in production; the embedded server's own
                                       default is off)
              --drain-timeout 300s     how long to wait for the events in flight after each window (default 300s)
              --postgres JDBC_URL      use this PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:15432/bench
                                       (env BENCH_POSTGRES); the database and its role are created through the
                                       superuser 'postgres' if they do not exist
              --pg-user NAME           its user (env BENCH_PG_USER; default the database name)
              --pg-password SECRET     its password (env BENCH_PG_PASSWORD; default the user name)
              --kafka HOST:PORT        use this Kafka broker, e.g. 127.0.0.1:19092 (env BENCH_KAFKA)
              --results DIR            where the Markdown and JSON results go (default deploy/bench/results)
              --data DIR               where the embedded PostgreSQL and Kafka keep their data
                                       (default deploy/bench/target/bench-data; wiped at each start)
              --help                   this text
            """;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    static BenchOptions parse(String[] args, Map<String, String> env) {
        Path base = baseDirectory();
        List<Integer> rates = DEFAULT_RATES;
        Duration warmup = null;
        Duration measure = null;
        Duration jitWarmup = null;
        int writers = 16;
        Set<Phase.Path> paths = EnumSet.allOf(Phase.Path.class);
        Optional<String> postgres = nonBlank(env.get("BENCH_POSTGRES"));
        Optional<String> pgUser = nonBlank(env.get("BENCH_PG_USER"));
        Optional<String> pgPassword = nonBlank(env.get("BENCH_PG_PASSWORD"));
        Optional<String> kafka = nonBlank(env.get("BENCH_KAFKA"));
        Optional<Integer> consumerThreads = Optional.empty();
        int topicPartitions = 3;
        String synchronousCommit = "on";
        Duration drainTimeout = Duration.ofSeconds(300);
        Path results = null;
        Path data = base.resolve("target").resolve("bench-data");
        boolean quick = false;
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--quick" -> quick = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("option " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--rates" -> rates = rates(value);
                        case "--warmup" -> warmup = duration(name, value);
                        case "--measure" -> measure = duration(name, value);
                        case "--jit-warmup" -> jitWarmup = duration(name, value);
                        case "--writers" -> writers = positive(name, value);
                        case "--paths" -> paths = paths(value);
                        case "--postgres" -> postgres = Optional.of(value);
                        case "--pg-user" -> pgUser = Optional.of(value);
                        case "--pg-password" -> pgPassword = Optional.of(value);
                        case "--kafka" -> kafka = Optional.of(value);
                        case "--consumer-threads" -> consumerThreads = Optional.of(positive(name, value));
                        case "--topic-partitions" -> topicPartitions = positive(name, value);
                        case "--synchronous-commit" -> synchronousCommit = synchronousCommit(value);
                        case "--drain-timeout" -> drainTimeout = duration(name, value);
                        case "--results" -> results = Path.of(value).toAbsolutePath();
                        case "--data" -> data = Path.of(value).toAbsolutePath();
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    }
                }
            }
        }
        if (warmup == null) {
            warmup = Duration.ofSeconds(quick ? 3 : 10);
        }
        if (measure == null) {
            measure = Duration.ofSeconds(quick ? 5 : 30);
        }
        if (jitWarmup == null) {
            jitWarmup = Duration.ofSeconds(quick ? 0 : 15);
        }
        if (measure.isZero()) {
            throw new IllegalArgumentException("--measure must be longer than 0");
        }
        if (results == null) {
            results = quick ? base.resolve("target").resolve("bench-results") : base.resolve("results");
        }
        if (postgres.isPresent() && !postgres.get().startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--postgres wants a jdbc:postgresql://host:port/database URL");
        }
        return new BenchOptions(List.copyOf(rates), warmup, measure, jitWarmup, writers, Set.copyOf(paths), postgres,
                pgUser, pgPassword, kafka, consumerThreads, topicPartitions, synchronousCommit, drainTimeout, results,
                data.toAbsolutePath(), quick, help);
    }

    /** deploy/bench: given by the launch script, else found from the working directory. */
    static Path baseDirectory() {
        String dir = System.getProperty("bench.dir");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path module = cwd.resolve("deploy").resolve("bench");
        return Files.isDirectory(module) ? module : cwd;
    }

    static List<Integer> rates(String value) {
        List<Integer> rates = new ArrayList<>();
        for (String part : value.split(",")) {
            rates.add(positive("--rates", part.trim()));
        }
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("--rates needs at least one rate");
        }
        return rates;
    }

    static Duration duration(String option, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " wants a duration like 30s, 500ms or 2m, not '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static Set<Phase.Path> paths(String value) {
        Set<Phase.Path> paths = EnumSet.noneOf(Phase.Path.class);
        for (String part : value.split(",")) {
            switch (part.trim().toLowerCase(Locale.ROOT)) {
                case "outbox" -> paths.add(Phase.Path.OUTBOX);
                case "baseline" -> paths.add(Phase.Path.BASELINE);
                default -> throw new IllegalArgumentException(
                        "--paths takes outbox and/or baseline, not '" + part + "'");
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("--paths needs outbox, baseline or both");
        }
        return paths;
    }

    private static String synchronousCommit(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!List.of("on", "off", "local", "remote_write", "remote_apply").contains(v)) {
            throw new IllegalArgumentException(
                    "--synchronous-commit takes on, off, local, remote_write or remote_apply");
        }
        return v;
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " wants a positive whole number, not '" + value + "'");
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
