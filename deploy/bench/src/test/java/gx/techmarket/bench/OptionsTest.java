package gx.techmarket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.bench.backbone.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsTest {

    private static final Path REPO = Path.of("/repo");

    private static Options parse(Map<String, String> env, String... args) {
        Options.Command c = Options.command(args, env, REPO);
        assertThat(c).isInstanceOf(Options.Run.class);
        return ((Options.Run) c).options();
    }

    private static Options parse(String... args) {
        return parse(Map.of(), args);
    }

    private static Options.Exit exit(String... args) {
        Options.Command c = Options.command(args, Map.of(), REPO);
        assertThat(c).isInstanceOf(Options.Exit.class);
        return (Options.Exit) c;
    }

    @Test
    void shouldRunEveryPartWithTheFullRunsSettingsByDefault() {
        Options o = parse();
        assertThat(Options.PARTS.stream().filter(o::runs)).containsExactlyElementsOf(Options.PARTS);
        assertThat(o.runsMarket()).isTrue();
        assertThat(o.quick()).isFalse();
        assertThat(o.results()).isEqualTo(Path.of("/repo/deploy/bench/results"));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.measure()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.sustain()).isEqualTo(Duration.ofMinutes(5));
        assertThat(o.attach()).isEmpty();
        assertThat(o.propagationRates()).containsExactly(100, 200, 500);
        assertThat(o.catalogueSize()).isEqualTo(100_000);
        assertThat(o.seed()).isEqualTo(20261122L);
        assertThat(o.serviceJavaOpts()).isNull();
        assertThat(o.drillRate()).isEmpty();
        assertThat(o.eventRates()).containsExactly(100, 200, 500, 2000);
        assertThat(o.eventSustainRate()).isEqualTo(2000);
        assertThat(o.aggregates()).isEqualTo(1000);
        assertThat(o.jitWarmup()).isEqualTo(Duration.ofSeconds(15));
        assertThat(o.writers()).isEqualTo(16);
        assertThat(o.paths()).containsExactlyInAnyOrder(Phase.Path.OUTBOX, Phase.Path.BASELINE);
        assertThat(o.postgres()).isEmpty();
        assertThat(o.pgUser()).isEmpty();
        assertThat(o.pgPassword()).isEmpty();
        assertThat(o.kafka()).isEmpty();
        assertThat(o.consumerThreads()).isEmpty();
        assertThat(o.topicPartitions()).isEqualTo(3);
        assertThat(o.synchronousCommit()).isEqualTo("on");
        assertThat(o.drainTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(o.dataDir()).isEqualTo(Path.of("/repo/deploy/bench/target/bench-data"));
    }

    @Test
    void shouldMakeQuickRunsShortAndKeepThemOutOfTheCommittedResults() {
        Options o = parse("--quick");
        assertThat(o.quick()).isTrue();
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.measure()).isEqualTo(Duration.ofSeconds(8));
        assertThat(o.sustain()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.catalogueSize()).isEqualTo(2_000);
        assertThat(o.jitWarmup()).isZero();
        assertThat(o.results()).isEqualTo(Path.of("/repo/deploy/bench/target/bench-results"));
        // an explicit value wins over --quick's, wherever --quick stands
        assertThat(parse("--measure", "20s", "--quick").measure()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void shouldReadEveryOptionSeparatedOrWithAnEqualsSign() {
        Options o = parse("--only", "propagation,backbone", "--attach", "/tmp/home", "--results=/tmp/out",
                "--warmup", "2s", "--measure=1500ms", "--sustain", "2m", "--rates", "50, 70", "--catalogue-size",
                "1_000", "--drill-rate", "40", "--seed", "7", "--service-java-opts", "-Xmx256m -Xms16m",
                "--event-rates", "200,2000", "--event-sustain-rate", "0", "--aggregates", "10", "--jit-warmup", "0",
                "--paths", "outbox", "--writers", "8", "--consumer-threads", "3", "--topic-partitions", "6",
                "--synchronous-commit", "OFF", "--drain-timeout", "1h", "--postgres",
                "jdbc:postgresql://127.0.0.1:15432/bench", "--pg-user", "u", "--pg-password", "p", "--kafka",
                "127.0.0.1:19092", "--data", "/tmp/data");
        assertThat(Options.PARTS.stream().filter(o::runs)).containsExactly("propagation", "backbone");
        assertThat(o.attach()).contains(Path.of("/tmp/home"));
        assertThat(o.results()).isEqualTo(Path.of("/tmp/out"));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.measure()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.sustain()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.propagationRates()).containsExactly(50, 70);
        assertThat(o.catalogueSize()).isEqualTo(1_000);
        assertThat(o.drillRate()).contains(40);
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.serviceJavaOpts()).isEqualTo("-Xmx256m -Xms16m");
        assertThat(o.eventRates()).containsExactly(200, 2000);
        assertThat(o.eventSustainRate()).isZero();
        assertThat(o.aggregates()).isEqualTo(10);
        assertThat(o.jitWarmup()).isZero();
        assertThat(o.paths()).containsExactly(Phase.Path.OUTBOX);
        assertThat(o.writers()).isEqualTo(8);
        assertThat(o.consumerThreads()).contains(3);
        assertThat(o.topicPartitions()).isEqualTo(6);
        assertThat(o.synchronousCommit()).isEqualTo("off");
        assertThat(o.drainTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(o.postgres()).contains("jdbc:postgresql://127.0.0.1:15432/bench");
        assertThat(o.pgUser()).contains("u");
        assertThat(o.pgPassword()).contains("p");
        assertThat(o.kafka()).contains("127.0.0.1:19092");
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/data"));
    }

    @Test
    void shouldExpandPartGroupsAndLetTheLastOnlyCount() {
        Options market = parse("--only", "market");
        assertThat(Options.PARTS.stream().filter(market::runs)).containsExactlyElementsOf(Options.MARKET_PARTS);
        assertThat(market.runs("backbone")).isFalse();
        // run-market-bench.sh passes --only market first; the user's own --only replaces it
        Options backbone = parse("--only", "market", "--only", "backbone");
        assertThat(backbone.runsMarket()).isFalse();
        assertThat(backbone.runs("backbone")).isTrue();
        assertThat(Options.PARTS.stream().filter(parse("--only", "all")::runs)).hasSize(9);
    }

    @Test
    void shouldTakeTheBackbonesTargetsFromTheEnvironmentUnlessGiven() {
        Map<String, String> env = Map.of("BENCH_POSTGRES", "jdbc:postgresql://h:1/b", "BENCH_KAFKA", "h:2",
                "BENCH_PG_USER", "eu", "BENCH_PG_PASSWORD", " ");
        Options fromEnv = parse(env);
        assertThat(fromEnv.postgres()).contains("jdbc:postgresql://h:1/b");
        assertThat(fromEnv.kafka()).contains("h:2");
        assertThat(fromEnv.pgUser()).contains("eu");
        assertThat(fromEnv.pgPassword()).isEmpty(); // blank is unset
        assertThat(parse(env, "--kafka", "k:3").kafka()).contains("k:3");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--frobnicate | x | unknown option --frobnicate",
        "--only | catalog | --only: unknown part 'catalog'",
        "--warmup | ten | --warmup wants a duration like 30s",
        "--measure | 5 hours | --measure wants a duration",
        "--measure | 0s | --measure must be longer than 0",
        "--sustain | 0 | --sustain must be longer than 0",
        "--drain-timeout | 0ms | --drain-timeout must be longer than 0",
        "--jit-warmup | -1s | --jit-warmup wants a duration",
        "--rates | 100,0 | --rates wants a positive whole number, not '0'",
        "--rates | 100,,200 | --rates wants a whole number of at least 0, not ''",
        "--event-rates | -5 | --event-rates wants a whole number of at least 0, not '-5'",
        "--event-sustain-rate | fast | --event-sustain-rate wants a whole number",
        "--aggregates | 0 | --aggregates wants a positive whole number",
        "--writers | 0 | --writers wants a positive whole number",
        "--consumer-threads | 1.5 | --consumer-threads wants a whole number",
        "--topic-partitions | 0 | --topic-partitions wants a positive whole number",
        "--split | all | --split takes tuning, heldout, heldout2, heldout3, heldout4 or both, not 'all'",
        "--catalogue-size | many | --catalogue-size wants a whole number",
        "--drill-rate | 0 | --drill-rate wants a positive whole number",
        "--seed | x7 | --seed wants a whole number",
        "--paths | outbox,inbox | --paths takes outbox and/or baseline, not 'inbox'",
        "--synchronous-commit | maybe | --synchronous-commit takes on, off",
        "--postgres | postgres://h/b | --postgres wants a jdbc:postgresql://host:port/database URL",
    })
    void shouldRefuseABadValueWithAMessageAndExitCode2(String option, String value, String message) {
        Options.Exit exit = exit(option, value);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.text()).startsWith("bench: ").contains(message).contains("--help");
    }

    @Test
    void shouldRefuseAMissingValueAStrayWordAndAValueOnAFlag() {
        for (List<String> args : List.of(List.of("--measure"), List.of("--quick", "now"), List.of("--quick=yes"),
                List.of("--frobnicate"))) {
            Options.Exit exit = exit(args.toArray(String[]::new));
            assertThat(exit.code()).isEqualTo(2);
        }
        assertThat(exit("--measure").text()).contains("--measure needs a value");
        assertThat(exit("--quick", "now").text()).contains("unexpected argument 'now'");
        assertThat(exit("--quick=yes").text()).contains("--quick takes no value");
        assertThat(exit("--frobnicate").text()).contains("unknown option --frobnicate");
    }

    @Test
    void shouldScoreTheTuningSplitUnlessTheHeldOutOneIsAskedFor() {
        assertThat(parse().split()).isEqualTo("tuning");
        assertThat(parse("--only", "relevance", "--split", "heldout").split()).isEqualTo("heldout");
        assertThat(parse("--split=BOTH").split()).isEqualTo("both");
        Options relevance = parse("--only", "relevance");
        assertThat(relevance.runsMarket()).isFalse();
        // alone it does not replace the committed report; beside other parts it goes where they go
        assertThat(relevance.results()).isEqualTo(Path.of("/repo/deploy/bench/target/bench-results"));
        assertThat(parse("--only", "relevance", "--results", "/tmp/r").results()).isEqualTo(Path.of("/tmp/r"));
        assertThat(parse("--only", "backbone,relevance").results()).isEqualTo(Path.of("/repo/deploy/bench/results"));
        assertThat(Options.PARTS.stream().filter(relevance::runs)).containsExactly("relevance");
        assertThat(Options.PARTS.stream().filter(parse("--only", "market")::runs)).doesNotContain("relevance");
    }

    @Test
    void shouldPrintTheUsageWithEveryOptionOnHelpAndExit0() {
        for (String help : List.of("--help", "-h")) {
            Options.Exit exit = exit("--rates", "bad", help); // help wins over a bad value next to it
            assertThat(exit.code()).isZero();
            assertThat(exit.text()).isEqualTo(Options.USAGE);
        }
        for (String option : List.of("--only", "--quick", "--results", "--warmup", "--measure", "--sustain",
                "--attach", "--rates", "--catalogue-size", "--drill-rate", "--seed", "--service-java-opts",
                "--event-rates", "--event-sustain-rate", "--aggregates", "--jit-warmup", "--paths", "--writers",
                "--consumer-threads", "--topic-partitions", "--synchronous-commit", "--drain-timeout", "--postgres",
                "--pg-user", "--pg-password", "--kafka", "--data", "--split", "--help")) {
            assertThat(Options.USAGE).contains(option + " ");
        }
    }

    @Test
    void shouldMeasureTheIndexBuildWithoutAMarketAndKeepTheCommittedReport() {
        Options index = parse("--only", "index", "--catalogue-size", "1000000");
        assertThat(index.runsMarket()).isFalse();
        assertThat(index.catalogueSize()).isEqualTo(1_000_000);
        assertThat(index.results()).isEqualTo(Path.of("/repo/deploy/bench/target/bench-results"));
        assertThat(parse("--only", "relevance,index").results())
                .isEqualTo(Path.of("/repo/deploy/bench/target/bench-results"));
        assertThat(parse("--only", "catalogue,index").results()).isEqualTo(Path.of("/repo/deploy/bench/results"));
        assertThat(Options.PARTS.stream().filter(parse()::runs)).contains("index");
    }
}
