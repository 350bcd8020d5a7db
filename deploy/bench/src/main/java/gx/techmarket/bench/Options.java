package gx.techmarket.bench;

import gx.techmarket.bench.backbone.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of the one harness (and the environment variables the backbone part reads): which parts run,
 * and the settings of each. {@link #command} turns it into a run or into an exit with a message: {@code --help}
 * exits 0 with {@link #USAGE}, anything it cannot run exits 2 saying why.
 */
public record Options(boolean quick, Set<String> only, Optional<Path> attach, Path results, Duration warmup,
        Duration measure, Duration sustain, List<Integer> propagationRates, int catalogueSize, long seed,
        String serviceJavaOpts, Optional<Integer> drillRate, List<Integer> eventRates, int eventSustainRate,
        int aggregates, Duration jitWarmup, int writers, Set<Phase.Path> paths, Optional<String> postgres,
        Optional<String> pgUser, Optional<String> pgPassword, Optional<String> kafka,
        Optional<Integer> consumerThreads, int topicPartitions, String synchronousCommit, Duration drainTimeout,
        Path dataDir, String split) {

    /** The parts that run against the embedded default (the market), in the order they run. */
    public static final List<String> MARKET_PARTS = List.of("baselines", "catalogue", "bids", "propagation", "drills",
            "footprint");
    /**
     * Every part: the market's, then the event backbone alone (its own PostgreSQL and broker, after the market), then
     * the relevance of search and matching on the labelled sets (in this JVM, no market, seconds), then the search
     * index's rebuild rate (in this JVM, no market, minutes).
     */
    public static final List<String> PARTS = List.of("baselines", "catalogue", "bids", "propagation", "drills",
            "footprint", "backbone", "relevance", "index");
    /** The parts that run in this JVM without a market or servers: alone, they leave the committed report as it is. */
    public static final Set<String> IN_PROCESS_PARTS = Set.of("relevance", "index");
    /** The parts of the labelled sets {@code relevance} scores ({@code --split}). */
    public static final List<String> SPLITS = List.of("tuning", "heldout", "heldout2", "heldout3", "heldout4", "both");

    public static final String USAGE = """
            usage: deploy/bench/run-bench.sh [options]

            The techmarket benchmark harness. Parts: baselines, catalogue, bids, propagation, drills, footprint (the
            market, against its own embedded default), backbone (outbox -> Kafka -> inbox alone, in this JVM, on
            its own PostgreSQL and broker), relevance (search and matching scored on the labelled sets in
            deploy/bench/src/main/resources/relevance, in this JVM, no market) and index (the catalogue's search
            index rebuilt from --catalogue-size generated results, in this JVM, no market). run-market-bench.sh runs the
            market's parts, run-outbox-bench.sh the backbone; both take these options.

            Every part
              --only a,b,...          the parts to run (default: all, in the order above); 'market' stands for the
                                      six market parts, 'all' for every part; the last --only given counts
              --quick                 a smoke run: short phases, 2,000 generated results, 30 s sustained runs,
                                      no JIT warm-up; results in deploy/bench/target/bench-results
              --results DIR           where the report goes (default deploy/bench/results; with --quick or
                                      --only relevance and/or index: deploy/bench/target/bench-results)
              --warmup 10s            warm-up of each load phase, not measured (quick: 3s)
              --measure 30s           measured window of each load phase (quick: 8s)
              --sustain 5m            length of each sustained-rate run (quick: 30s)
              --help                  this text

            The market (baselines ... footprint)
              --attach HOME           use a market that already runs with TECHMARKET_HOME=HOME instead of starting
                                      one (it is filled with benchmark data and its services are killed by drills)
              --rates 100,200,500     registrations per second for the propagation phases
              --catalogue-size 100000 generated 科技成果 for the search workload and the index part (quick: 2000)
              --drill-rate N          registrations per second during the drills (default: 80 % of the highest
                                      rate the propagation part sustained in this run, else 20)
              --seed 20261122         seed of every generator
              --service-java-opts S   JVM options of the services (default: the launcher's)

            Relevance (relevance)
              --split tuning          the part of the labelled queries and demands to score: tuning (default),
                                      heldout (score it only at the end: nobody tunes on it), both, or
                                      heldout2 (the second query set, written in issue 18's third session,
                                      scored once held out, tuned on since), heldout3 (the third, judged by
                                      another judge, scored once held out, tuned on since), heldout4 (the
                                      fourth, judged by a fresh judge; held out: score it only at the end)

            The event backbone (backbone)
              --event-rates 100,200,500,2000
                                      offered rates, events per second, each for the outbox path and the raw Kafka
                                      path
              --event-sustain-rate 2000
                                      the outbox path at this rate for --sustain, its backlog sampled every 5 s
                                      (0: no sustained run)
              --aggregates 1000       events go round-robin to this many aggregates, so each has several and their
                                      order is checked
              --jit-warmup 15s        before the first rate, each path at 250/s, not measured (quick: 0s)
              --paths outbox,baseline which paths to run (default both)
              --writers 16            writer threads of the outbox path, one transaction each
              --consumer-threads N    copies of the inbox channel, each with its own Kafka consumer (SmallRye
                                      channel `concurrency`; default 1, a service's default)
              --topic-partitions 3    partitions of the topics the part creates
              --synchronous-commit on PostgreSQL synchronous_commit of the part's connections (on, off, local,
                                      remote_write, remote_apply; default on: a commit is durable when it returns)
              --drain-timeout 300s    how long to wait for the events in flight after each window
              --postgres JDBC_URL     use this PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:15432/bench (env
                                      BENCH_POSTGRES); database and role are created through the superuser
                                      'postgres' if they do not exist
              --pg-user NAME          its user (env BENCH_PG_USER; default the database name)
              --pg-password SECRET    its password (env BENCH_PG_PASSWORD; default the user name)
              --kafka HOST:PORT       use this Kafka broker, e.g. 127.0.0.1:19092 (env BENCH_KAFKA)
              --data DIR              where the part's embedded PostgreSQL and Kafka keep their data (default
                                      deploy/bench/target/bench-data; wiped at each start)
            """;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
    private static final Set<String> FLAGS = Set.of("--quick", "--help", "-h");
    private static final Set<String> WITH_VALUE = Set.of("--only", "--attach", "--results", "--warmup", "--measure",
            "--sustain", "--rates", "--catalogue-size", "--drill-rate", "--seed", "--service-java-opts",
            "--event-rates", "--event-sustain-rate", "--aggregates", "--jit-warmup", "--paths", "--writers",
            "--consumer-threads", "--topic-partitions", "--synchronous-commit", "--drain-timeout", "--postgres",
            "--pg-user", "--pg-password", "--kafka", "--data", "--split");

    /** What the command line asks for: a run, or an exit (help, or an error) with its text and code. */
    public sealed interface Command permits Run, Exit {}

    public record Run(Options options) implements Command {}

    /** {@code code} 0: {@code text} goes to standard output; otherwise to standard error. */
    public record Exit(int code, String text) implements Command {}

    /** Reads the command line; {@code repo} is the repository's root (the defaults of the directories hang off it). */
    public static Command command(String[] args, Map<String, String> env, Path repo) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            return new Exit(0, USAGE);
        }
        try {
            return new Run(parse(args, env, repo));
        } catch (IllegalArgumentException e) {
            return new Exit(2, "bench: " + e.getMessage() + "\n(--help lists every option)\n");
        }
    }

    static Options parse(String[] args, Map<String, String> env, Path repo) {
        boolean quick = List.of(args).contains("--quick");
        Path bench = repo.resolve("deploy").resolve("bench");
        Set<String> only = new LinkedHashSet<>(PARTS);
        Optional<Path> attach = Optional.empty();
        Path results = null;
        Duration warmup = Duration.ofSeconds(quick ? 3 : 10);
        Duration measure = Duration.ofSeconds(quick ? 8 : 30);
        Duration sustain = quick ? Duration.ofSeconds(30) : Duration.ofMinutes(5);
        List<Integer> propagationRates = List.of(100, 200, 500);
        int catalogueSize = quick ? 2_000 : 100_000;
        long seed = 20261122L;
        String serviceJavaOpts = null;
        Optional<Integer> drillRate = Optional.empty();
        List<Integer> eventRates = List.of(100, 200, 500, 2000);
        int eventSustainRate = 2000;
        int aggregates = 1000;
        Duration jitWarmup = Duration.ofSeconds(quick ? 0 : 15);
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
        Path data = bench.resolve("target").resolve("bench-data");
        String split = "tuning";

        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new IllegalArgumentException(name + " takes no value");
                }
                continue;
            }
            if (!name.startsWith("-")) {
                throw new IllegalArgumentException("unexpected argument '" + name + "'");
            }
            if (!WITH_VALUE.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--only" -> only = parts(value);
                case "--attach" -> attach = Optional.of(Path.of(value).toAbsolutePath());
                case "--results" -> results = Path.of(value).toAbsolutePath();
                case "--warmup" -> warmup = duration(name, value);
                case "--measure" -> measure = positive(name, duration(name, value));
                case "--sustain" -> sustain = positive(name, duration(name, value));
                case "--rates" -> propagationRates = rates(name, value);
                case "--catalogue-size" -> catalogueSize = positive(name, value);
                case "--drill-rate" -> drillRate = Optional.of(positive(name, value));
                case "--seed" -> seed = whole(name, value);
                case "--service-java-opts" -> serviceJavaOpts = value;
                case "--event-rates" -> eventRates = rates(name, value);
                case "--event-sustain-rate" -> eventSustainRate = nonNegative(name, value);
                case "--aggregates" -> aggregates = positive(name, value);
                case "--jit-warmup" -> jitWarmup = duration(name, value);
                case "--paths" -> paths = paths(value);
                case "--writers" -> writers = positive(name, value);
                case "--consumer-threads" -> consumerThreads = Optional.of(positive(name, value));
                case "--topic-partitions" -> topicPartitions = positive(name, value);
                case "--synchronous-commit" -> synchronousCommit = synchronousCommit(value);
                case "--drain-timeout" -> drainTimeout = positive(name, duration(name, value));
                case "--postgres" -> postgres = Optional.of(value);
                case "--pg-user" -> pgUser = Optional.of(value);
                case "--pg-password" -> pgPassword = Optional.of(value);
                case "--kafka" -> kafka = Optional.of(value);
                case "--data" -> data = Path.of(value).toAbsolutePath();
                case "--split" -> split = split(value);
                default -> throw new IllegalStateException("an option without its case: " + name);
            }
        }
        if (postgres.isPresent() && !postgres.get().startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--postgres wants a jdbc:postgresql://host:port/database URL");
        }
        if (results == null) {
            // a smoke run, or the in-process parts alone (no market), does not replace the committed report
            boolean inProcessOnly = IN_PROCESS_PARTS.containsAll(only);
            results = quick || inProcessOnly ? bench.resolve("target").resolve("bench-results")
                    : bench.resolve("results");
        }
        return new Options(quick, Set.copyOf(only), attach, results, warmup, measure, sustain, propagationRates,
                catalogueSize, seed, serviceJavaOpts, drillRate, eventRates, eventSustainRate, aggregates, jitWarmup,
                writers, Set.copyOf(paths), postgres, pgUser, pgPassword, kafka, consumerThreads, topicPartitions,
                synchronousCommit, drainTimeout, data.toAbsolutePath(), split);
    }

    public boolean runs(String part) {
        return only.contains(part);
    }

    /** Whether any of the market's parts runs (then the market is started or attached). */
    public boolean runsMarket() {
        return MARKET_PARTS.stream().anyMatch(only::contains);
    }

    private static Set<String> parts(String value) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            switch (p) {
                case "all" -> parts.addAll(PARTS);
                case "market" -> parts.addAll(MARKET_PARTS);
                default -> {
                    if (!PARTS.contains(p)) {
                        throw new IllegalArgumentException("--only: unknown part '" + p + "'; parts: "
                                + String.join(", ", PARTS) + " (or market, all)");
                    }
                    parts.add(p);
                }
            }
        }
        return parts;
    }

    private static List<Integer> rates(String option, String value) {
        List<Integer> rates = new ArrayList<>();
        for (String part : value.split(",")) {
            rates.add(positive(option, part));
        }
        return List.copyOf(rates);
    }

    /** "30s", "500ms", "5m", "1h"; a bare number is seconds. */
    static Duration duration(String option, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " wants a duration like 30s, 500ms or 5m, not '" + value
                    + "'");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is too long a duration");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static Duration positive(String option, Duration d) {
        if (d.isZero()) {
            throw new IllegalArgumentException(option + " must be longer than 0");
        }
        return d;
    }

    private static Set<Phase.Path> paths(String value) {
        Set<Phase.Path> paths = EnumSet.noneOf(Phase.Path.class);
        for (String part : value.split(",")) {
            switch (part.trim().toLowerCase(Locale.ROOT)) {
                case "outbox" -> paths.add(Phase.Path.OUTBOX);
                case "baseline" -> paths.add(Phase.Path.BASELINE);
                default -> throw new IllegalArgumentException(
                        "--paths takes outbox and/or baseline, not '" + part.trim() + "'");
            }
        }
        return paths;
    }

    private static String split(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!SPLITS.contains(v)) {
            throw new IllegalArgumentException("--split takes tuning, heldout, heldout2, heldout3, heldout4 or both, not '" + value + "'");
        }
        return v;
    }

    private static String synchronousCommit(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!List.of("on", "off", "local", "remote_write", "remote_apply").contains(v)) {
            throw new IllegalArgumentException(
                    "--synchronous-commit takes on, off, local, remote_write or remote_apply, not '" + value + "'");
        }
        return v;
    }

    private static int positive(String option, String value) {
        int n = nonNegative(option, value);
        if (n == 0) {
            throw new IllegalArgumentException(option + " wants a positive whole number, not '" + value.trim() + "'");
        }
        return n;
    }

    private static int nonNegative(String option, String value) {
        try {
            int n = Integer.parseInt(value.trim().replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " wants a whole number of at least 0, not '" + value.trim()
                + "'");
    }

    private static long whole(String option, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number, not '" + value.trim() + "'");
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
