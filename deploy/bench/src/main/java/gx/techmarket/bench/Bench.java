package gx.techmarket.bench;

import gx.techmarket.bench.backbone.Backbone;
import gx.techmarket.bench.catalogue.IndexBuild;
import gx.techmarket.bench.relevance.RelevanceBench;
import gx.techmarket.bench.report.Report;
import gx.techmarket.bench.report.Section;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one benchmark harness ({@code deploy/bench/run-bench.sh}; {@code run-market-bench.sh} and
 * {@code run-outbox-bench.sh} are the same with {@code --only market} and {@code --only backbone}). It runs the
 * parts asked for in order — the market's against the embedded default, then the event backbone alone, then the
 * relevance of search and matching on the labelled sets — into one report ({@code bench-<run>.md}, {@code .json},
 * {@code .png}), prints it and exits 0 when every part ran and every check held (reconciliations balanced, effects
 * once and in order), 1 otherwise, 2 on a bad command line.
 *
 * <p>The {@code main} of {@code quarkus-run.jar}: only the backbone part starts Quarkus (in this JVM, after the
 * market's parts), the others are plain Java.
 */
@QuarkusMain
public final class Bench {

    private Bench() {}

    /** One part's body: writes into its section; returns its failures. */
    @FunctionalInterface
    interface Part {
        int run(Section section) throws Exception;
    }

    public static void main(String... args) throws Exception {
        // before anything logs: the JBoss LogManager, as Quarkus would set it, so the broker's, zonky's and the
        // clients' logging goes through one configuration
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Path repo = repo();
        Options.Command command = Options.command(args, System.getenv(), repo);
        if (command instanceof Options.Exit exit) {
            (exit.code() == 0 ? System.out : System.err).print(exit.text());
            System.exit(exit.code());
            return;
        }
        System.exit(run(repo, ((Options.Run) command).options()));
    }

    static int run(Path repo, Options options) throws Exception {
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Report report = new Report(runId, "techmarket benchmark, run " + runId
                + (options.quick() ? " (quick smoke run)" : ""));
        CpuStat runStart = CpuStat.now();
        String commit = commit(repo); // at the start: what the market and the bench were built from
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).trim();
        int failures = 0;
        try {
            if (options.runsMarket()) {
                try {
                    failures += MarketBench.run(repo, options, report);
                } catch (Exception e) { // the market did not start (or stop): say so, and go on with the backbone
                    failures++;
                    e.printStackTrace(System.out);
                    Section s = report.section("market", "The market");
                    s.text("**The market parts failed:** `" + e + "`");
                    s.json().put("failed", e.toString());
                }
            }
            if (options.runs("backbone")) {
                failures += part(report, "backbone", "Event backbone: outbox → Kafka → inbox",
                        section -> Backbone.run(options, section));
            }
            if (options.runs("relevance")) {
                failures += part(report, "relevance", "Relevance: search and matching on the labelled sets",
                        section -> RelevanceBench.run(options.split(), section));
            }
            if (options.runs("index")) {
                failures += part(report, "index", "Search index: rebuild rate of the catalogue's index",
                        section -> {
                            IndexBuild.run(options.seed(), options.catalogueSize(),
                                    repo.resolve("deploy/bench/target/work"), section,
                                    line -> System.out.println("bench: " + line));
                            return 0;
                        });
            }
        } finally {
            report.preface(String.format(Locale.ROOT, """
                    Command: `%s` at commit %s. Parts: %s.
                    Machine: %s. Load average at start: %s. Whole run: %s.""",
                    System.getProperty("bench.command", "run-bench.sh"), commit,
                    String.join(", ", Options.PARTS.stream().filter(options::runs).toList()), machine(), loadAtStart,
                    CpuStat.now().since(runStart)));
            report.meta().put("quick", options.quick());
            report.meta().put("command", System.getProperty("bench.command", "run-bench.sh"));
            report.meta().put("commit", commit);
            report.meta().put("machine", machine());
            report.meta().put("loadAverageAtStart", loadAtStart);
            report.meta().put("cpu", CpuStat.now().since(runStart));
            Path md = report.write(options.results());
            System.out.println();
            System.out.println(Files.readString(md));
            System.out.println("bench: report written to " + md + " (and .json, .png; bench-latest.*)");
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * Runs one part into its section: a part that throws is reported there and the run goes on; the section ends
     * with the part's duration and the machine's CPU during it. Returns the part's failures (1 if it threw, plus
     * what it reported: unbalanced reconciliations, wrong effects).
     */
    static int part(Report report, String id, String title, Part body) {
        System.out.println("bench: ---- " + id + " ----");
        CpuStat before = CpuStat.now();
        long p0 = System.nanoTime();
        Section section = report.section(id, title);
        int failures;
        try {
            failures = body.run(section);
        } catch (Exception | AssertionError e) {
            failures = 1;
            e.printStackTrace(System.out);
            section.text("**This part failed:** `" + e + "`");
            section.json().put("failed", e.toString());
        }
        double seconds = (System.nanoTime() - p0) / 1e9;
        String cpu = CpuStat.now().since(before);
        section.text(String.format(Locale.ROOT, "_Part took %.0f s; %s._", seconds, cpu));
        section.json().put("seconds", seconds);
        section.json().put("cpu", cpu);
        failures = Math.max(failures, section.json().path("unbalanced").asInt(0));
        System.out.println("bench: " + id + " done in " + Math.round(seconds) + " s (" + cpu + ")");
        return failures;
    }

    /** The repository's root: given by the scripts, else found from the working directory. */
    static Path repo() {
        String given = System.getProperty("techmarket.repo");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy").resolve("bench"))) {
                return p;
            }
        }
        return dir;
    }

    /** The repository's commit, marked when services, contracts or the bench have uncommitted changes. */
    static String commit(Path repo) {
        try {
            Process head = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String commit = new String(head.getInputStream().readAllBytes()).trim();
            Process status = new ProcessBuilder("git", "-C", repo.toString(), "status", "--porcelain", "--",
                    "services", "contracts", "deploy", "pom.xml").redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return "`" + commit + "`" + (dirty ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    static String machine() {
        int cores = Runtime.getRuntime().availableProcessors();
        String model = "";
        long memKb = 0;
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | RuntimeException ignored) {
            // the figures stay empty
        }
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB, Java %s (%s)", cores, model,
                memKb / 1024.0 / 1024.0, System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getVmName());
    }
}
