package gx.techmarket.bench;

import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.report.Report;
import java.nio.file.Path;
import java.time.Duration;

/** Everything a workload gets: the market, the HTTP client, the report, the baselines, options and footprint. */
public record BenchContext(MarketHandle market, Http http, Report report, Baselines baselines, Options options,
        Footprint footprint, Path work) {

    public Duration warmup() {
        return options.warmup();
    }

    public Duration measure() {
        return options.measure();
    }

    public boolean quick() {
        return options.quick();
    }

    /** A progress line on the console. */
    public void log(String message) {
        System.out.println("bench: " + message);
    }
}
