package gx.techmarket.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The command line of the market benchmark; {@code --help} prints {@link #USAGE}. */
public record Options(boolean quick, Set<String> only, Optional<Path> attach, Path results, Duration warmup,
        Duration measure, List<Integer> propagationRates, Duration sustain, int catalogueSize, long seed,
        String serviceJavaOpts, Optional<Integer> drillRate) {

    public static final List<String> PARTS = List.of("baselines", "catalogue", "bids", "propagation", "drills",
            "footprint");

    public static final String USAGE = """
            usage: deploy/bench/run-market-bench.sh [options]

              --quick                 a smoke run: short phases, 2,000 generated results, 30 s sustained test,
                                      results in deploy/bench/market/target/bench-results
              --only a,b,...          run only these parts: baselines, catalogue, bids, propagation, drills,
                                      footprint (default: all, in that order)
              --attach HOME           use a market that already runs with TECHMARKET_HOME=HOME instead of starting
                                      one (it is filled with benchmark data and its services are killed by drills)
              --results DIR           where the report goes (default deploy/bench/results)
              --warmup 10s            warm-up of each load phase (quick: 3s)
              --measure 30s           measured window of each load phase (quick: 8s)
              --rates 100,200,500     registrations per second for the propagation phases
              --sustain 5m            length of the sustained-rate test (quick: 30s)
              --catalogue-size 100000 generated 科技成果 for the search workload (quick: 2000)
              --drill-rate N          registrations per second during the drills (default: 80 % of the highest
                                      rate the propagation part sustained in this run, else 20)
              --seed 20261122         seed of every generator
              --service-java-opts S   JVM options of the services (default: the launcher's)
            """;

    public static Options parse(String[] args, Path repo) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Set<String> only = new LinkedHashSet<>(PARTS);
        Optional<Path> attach = Optional.empty();
        Path results = null;
        Duration warmup = quick ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
        Duration measure = quick ? Duration.ofSeconds(8) : Duration.ofSeconds(30);
        List<Integer> rates = List.of(100, 200, 500);
        Duration sustain = quick ? Duration.ofSeconds(30) : Duration.ofMinutes(5);
        int size = quick ? 2_000 : 100_000;
        long seed = 20261122L;
        String javaOpts = null;
        Optional<Integer> drillRate = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> { }
                case "--only" -> {
                    only = new LinkedHashSet<>();
                    for (String part : value(args, ++i, a).split(",")) {
                        String p = part.trim().toLowerCase(Locale.ROOT);
                        if (!PARTS.contains(p)) {
                            throw new IllegalArgumentException("--only: unknown part '" + p + "'; parts: " + PARTS);
                        }
                        only.add(p);
                    }
                }
                case "--attach" -> attach = Optional.of(Path.of(value(args, ++i, a)).toAbsolutePath());
                case "--results" -> results = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--warmup" -> warmup = duration(value(args, ++i, a), a);
                case "--measure" -> measure = duration(value(args, ++i, a), a);
                case "--sustain" -> sustain = duration(value(args, ++i, a), a);
                case "--rates" -> {
                    List<Integer> list = new ArrayList<>();
                    for (String r : value(args, ++i, a).split(",")) {
                        list.add(positive(r.trim(), a));
                    }
                    rates = List.copyOf(list);
                }
                case "--catalogue-size" -> size = positive(value(args, ++i, a), a);
                case "--drill-rate" -> drillRate = Optional.of(positive(value(args, ++i, a), a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--service-java-opts" -> javaOpts = value(args, ++i, a);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (results == null) {
            results = quick ? repo.resolve("deploy/bench/market/target/bench-results")
                    : repo.resolve("deploy/bench/results");
        }
        return new Options(quick, Set.copyOf(only), attach, results, warmup, measure, rates, sustain, size, seed,
                javaOpts, drillRate);
    }

    public boolean runs(String part) {
        return only.contains(part);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        try {
            int n = Integer.parseInt(s.replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": not a positive whole number: " + s);
    }

    /** "30s", "5m", "500ms", or ISO-8601 ("PT30S"). */
    static Duration duration(String s, String option) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + ": not a duration (30s, 5m, 500ms): " + s);
        }
    }
}
