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
 * The market's parts of the harness: starts the embedded default (or attaches to a running one), runs the parts
 * asked for in order (baselines, catalogue, bids, propagation, drills, footprint), writes their sections and the
 * report's preface, and stops the market. A part that fails is reported in its section and the run goes on.
 */
final class MarketBench {

    private MarketBench() {}

    /** Runs the market's parts into {@code report}; returns the failures (parts that failed, unbalanced drills). */
    static int run(Path repo, Options options, Report report) throws Exception {
        Path work = repo.resolve("deploy/bench/target/work");
        Files.createDirectories(work);
        CpuStat runStart = CpuStat.now();
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).trim();
        long t0 = System.nanoTime();
        MarketHandle market = options.attach().isPresent()
                ? MarketHandle.attach(repo, options.attach().get())
                : MarketHandle.start(repo, repo.resolve("deploy/bench/target/market-home"),
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
                if (options.runs(part.id())) {
                    failures += Bench.part(report, part.id(), part.title(), section -> {
                        part.run(ctx, section);
                        return 0;
                    });
                }
            }
        } finally {
            report.preface(preface(options, market, loadAtStart, runStart));
            report.meta().put("market", market.owned() ? "started" : "attached");
            market.close();
        }
        return failures;
    }

    private static String preface(Options options, MarketHandle market, String loadAtStart, CpuStat runStart) {
        return String.format(Locale.ROOT, """
                Market parts: load average at their start %s; during them: %s.
                Market: %s, home `%s`. Generated data seed %d.
                Every figure is given with its ratio to a baseline measured in this run on the same PostgreSQL and
                Kafka broker (see *Baselines*); ratios compare across runs better than absolute values on this
                shared machine. How to read it: `deploy/bench/README.md`.""",
                loadAtStart, CpuStat.now().since(runStart),
                market.owned() ? "the embedded default started by `deploy/local/techmarket start` (free ports)"
                        : "an already running market (attached)",
                market.repo().relativize(market.home()), options.seed());
    }
}
