package gx.techmarket.bench;

import gx.techmarket.bench.baseline.BaselineWorkload;
import gx.techmarket.bench.bids.BidWorkload;
import gx.techmarket.bench.catalogue.CatalogueWorkload;
import gx.techmarket.bench.drills.DrillsWorkload;
import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.propagation.PropagationWorkload;
import gx.techmarket.bench.report.Report;
import gx.techmarket.bench.report.Section;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The market benchmark and fault drills: starts the embedded default (or attaches to a running one), runs the
 * parts in order (baselines, catalogue, bids, propagation, drills, footprint), writes the report, stops the market.
 * A part that fails is reported in its section and the run goes on; the exit code is 1 if any part failed or a
 * drill's reconciliation did not balance.
 */
public final class MarketBench {

    private MarketBench() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Path repo = Path.of(System.getProperty("techmarket.repo", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, repo);
        } catch (IllegalArgumentException e) {
            System.err.println("market-bench: " + e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(repo, options));
    }

    static int run(Path repo, Options options) throws Exception {
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Report report = new Report(runId, "techmarket market benchmark and fault drills, run " + runId
                + (options.quick() ? " (quick smoke run)" : ""));
        Path work = repo.resolve("deploy/bench/market/target/work");
        Files.createDirectories(work);
        CpuStat runStart = CpuStat.now();
        String commit = commit(repo); // at the start: what the market and the bench were built from
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).trim();
        long t0 = System.nanoTime();
        MarketHandle market = options.attach().isPresent()
                ? MarketHandle.attach(repo, options.attach().get())
                : MarketHandle.start(repo, repo.resolve("deploy/bench/market/target/market-home"),
                        options.serviceJavaOpts());
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        int failures = 0;
        try {
            Footprint footprint = new Footprint(market);
            BenchContext ctx = new BenchContext(market, new Http(), report, new Baselines(), options, footprint,
                    work);
            FootprintWorkload footprintPart = new FootprintWorkload(startSeconds, market.state());
            if (options.runs("footprint")) {
                Thread.sleep(10_000); // let the services settle after start (JIT, first GC)
                footprint.sample("idle, 10 s after ready");
            }
            List<Workload> parts = new ArrayList<>();
            parts.add(new BaselineWorkload());
            parts.add(new CatalogueWorkload());
            parts.add(new BidWorkload());
            parts.add(new PropagationWorkload());
            parts.add(new DrillsWorkload());
            parts.add(footprintPart);
            for (Workload part : parts) {
                if (!options.runs(part.id())) {
                    continue;
                }
                ctx.log("---- " + part.id() + " ----");
                CpuStat before = CpuStat.now();
                long p0 = System.nanoTime();
                try {
                    part.run(ctx);
                } catch (Exception | AssertionError e) {
                    failures++;
                    e.printStackTrace(System.out);
                    Section failed = report.section(part.id(), part.id());
                    failed.text("**This part failed:** `" + e + "`");
                    failed.json().put("failed", e.toString());
                }
                double seconds = (System.nanoTime() - p0) / 1e9;
                String cpu = CpuStat.now().since(before);
                Section s = report.section(part.id(), part.id());
                s.text(String.format(Locale.ROOT, "_Part took %.0f s; %s._", seconds, cpu));
                s.json().put("seconds", seconds);
                s.json().put("cpu", cpu);
                failures += s.json().path("unbalanced").asInt(0);
                ctx.log(part.id() + " done in " + Math.round(seconds) + " s (" + cpu + ")");
            }
        } finally {
            report.preface(preface(options, market, loadAtStart, runStart, commit));
            report.meta().put("quick", options.quick());
            report.meta().put("command", System.getProperty("bench.command", "MarketBench"));
            report.meta().put("commit", commit);
            report.meta().put("machine", machine());
            report.meta().put("loadAverageAtStart", loadAtStart);
            report.meta().put("cpu", CpuStat.now().since(runStart));
            Path md = report.write(options.results());
            System.out.println();
            System.out.println(Files.readString(md));
            System.out.println("bench: report written to " + md + " (and .json, .png; market-latest.*)");
            market.close();
        }
        return failures == 0 ? 0 : 1;
    }

    private static String preface(Options options, MarketHandle market, String loadAtStart, CpuStat runStart,
            String commit) {
        return String.format(Locale.ROOT, """
                Command: `%s` at commit %s.
                Machine: %s. Load average at start: %s. Whole run: %s.
                Market: %s, home `%s`. Generated data seed %d.
                Every figure is given with its ratio to a baseline measured in this run on the same PostgreSQL and
                Kafka broker (see *Baselines*); ratios compare across runs better than absolute values on this
                shared machine. How to read it: `deploy/bench/README.md`.""",
                System.getProperty("bench.command", "MarketBench"), commit, machine(), loadAtStart,
                CpuStat.now().since(runStart),
                market.owned() ? "the embedded default started by `deploy/local/techmarket start` (free ports)"
                        : "an already running market (attached)",
                market.repo().relativize(market.home()), options.seed());
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
