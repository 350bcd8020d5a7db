package gx.techmarket.bench.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.load.LatencySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Results published and withdrawn through the real API beside the searches, at fixed rates (open model: each is
 * started at its time, whether or not earlier ones finished), and the freshness of the index measured on each: from
 * the response of the call that committed the change ({@code POST /results/{id}/approve}, {@code …/withdraw}) until
 * {@code GET /results/search?q=<the result's own word>} finds it, or no longer does, polled every
 * {@link #POLL_MS} ms.
 *
 * <p>A publication is what a holder and an operator do: {@code POST /results} (the holder, a draft), {@code
 * …/submit}, then {@code …/approve} (the operator), with generated content ({@link ResultGenerator} beyond the loaded
 * catalogue) whose title carries a word of Latin letters no other result has ({@link #word}). A withdrawal takes the
 * oldest result this stream published and not yet withdrew ({@code POST /results/{id}/withdraw}, the holder).
 */
final class PublishStream implements AutoCloseable {

    /** How often a probe asks the search whether the change is visible. */
    static final long POLL_MS = 25;
    /** A change not visible after this long counts as a missed probe. */
    static final long PROBE_TIMEOUT_MS = 30_000;
    /** The target: findable or gone within 2 s of the commit. */
    static final double TARGET_MS = 2_000;

    /** What the stream needs of the market: URLs and fresh tokens of the holder and the operator. */
    record Endpoints(String catalogueUrl, Function<String, String> token, String holder, String operator) {}

    private final Http http;
    private final Endpoints endpoints;
    private final ResultGenerator generator;
    private final int firstGenerated;
    private final String runTag;
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-publish");
        t.setDaemon(true);
        return t;
    });
    private final Queue<String> published = new ConcurrentLinkedQueue<>();
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
    private final AtomicLong publishSeq = new AtomicLong();
    private final AtomicLong withdrawSeq = new AtomicLong();
    private final AtomicLong publishErrors = new AtomicLong();
    private final AtomicLong withdrawErrors = new AtomicLong();
    private final AtomicLong missedFindable = new AtomicLong();
    private final AtomicLong missedGone = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final Histogram publishMicros = LatencySummary.histogram();
    private final Histogram withdrawMicros = LatencySummary.histogram();
    private final Histogram findableMicros = LatencySummary.histogram();
    private final Histogram goneMicros = LatencySummary.histogram();
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private long startedNanos;
    private long stoppedNanos;

    /**
     * @param firstGenerated the generator's index of the first result this stream publishes (after the catalogue)
     * @param runTag letters that make this run's words differ from an earlier run's on the same market
     */
    PublishStream(Http http, Endpoints endpoints, ResultGenerator generator, int firstGenerated, String runTag) {
        this.http = http;
        this.endpoints = endpoints;
        this.generator = generator;
        this.firstGenerated = firstGenerated;
        this.runTag = runTag;
    }

    /** Starts publishing at {@code publishPerSecond} and withdrawing at {@code withdrawPerSecond} (0: none). */
    synchronized void start(double publishPerSecond, double withdrawPerSecond) {
        startedNanos = System.nanoTime();
        schedules.add(timer.scheduleAtFixedRate(() -> track(publishOne(publishSeq.getAndIncrement())), 0,
                periodNanos(publishPerSecond), TimeUnit.NANOSECONDS));
        if (withdrawPerSecond > 0) {
            // the first withdrawal after a few publications, so that there is something to withdraw
            long period = periodNanos(withdrawPerSecond);
            schedules.add(timer.scheduleAtFixedRate(() -> track(withdrawOne(withdrawSeq.getAndIncrement())),
                    Math.max(period, periodNanos(publishPerSecond) * 3), period, TimeUnit.NANOSECONDS));
        }
    }

    static long periodNanos(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("a rate must be positive: " + perSecond);
        }
        return Math.max(1, Math.round(1e9 / perSecond));
    }

    /** Stops starting new operations and waits (at most the probe timeout and a minute) for those under way. */
    synchronized Summary stop() {
        schedules.forEach(s -> s.cancel(false));
        stoppedNanos = System.nanoTime();
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
            CompletableFuture<?>[] pending;
            synchronized (inFlight) {
                pending = inFlight.toArray(CompletableFuture[]::new);
            }
            CompletableFuture.allOf(pending).handle((ok, failure) -> null)
                    .get(PROBE_TIMEOUT_MS + 60_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            firstError.compareAndSet(null, "operations still under way at the end: " + e);
        }
        return summary();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void track(CompletableFuture<?> f) {
        synchronized (inFlight) {
            inFlight.removeIf(CompletableFuture::isDone);
            inFlight.add(f);
        }
    }

    /** Publishes result {@code i} of the stream; completes when its findability is known. */
    CompletableFuture<?> publishOne(long i) {
        long t0 = System.nanoTime();
        String word = word(runTag, i);
        String holderToken = endpoints.token().apply(endpoints.holder());
        String url = endpoints.catalogueUrl() + "/results";
        return http.send(Http.postJson(url, holderToken, body(generator, firstGenerated + (int) i, word)), 201)
                .thenCompose(created -> {
                    String id = field(created, "id");
                    return http.send(Http.post(url + "/" + id + "/submit", holderToken), 200)
                            .thenCompose(submitted -> http.send(Http.post(url + "/" + id + "/approve",
                                    endpoints.token().apply(endpoints.operator())), 200))
                            .thenCompose(approved -> {
                                long committed = System.nanoTime();
                                record(publishMicros, committed - t0);
                                return probe(word, true, committed, findableMicros, missedFindable)
                                        .thenRun(() -> published.add(id + " " + word));
                            });
                })
                .whenComplete((ok, failure) -> failed(failure, publishErrors));
    }

    /** Withdraws the oldest result the stream published and has not withdrawn (none yet: nothing). */
    CompletableFuture<?> withdrawOne(long i) {
        String next = published.poll();
        if (next == null) {
            return CompletableFuture.completedFuture(null);
        }
        String id = next.substring(0, next.indexOf(' '));
        String word = next.substring(next.indexOf(' ') + 1);
        long t0 = System.nanoTime();
        return http.send(Http.postJson(endpoints.catalogueUrl() + "/results/" + id + "/withdraw",
                        endpoints.token().apply(endpoints.holder()), "{\"reason\":\"基准测试：撤回\"}"), 200)
                .thenCompose(withdrawn -> {
                    long committed = System.nanoTime();
                    record(withdrawMicros, committed - t0);
                    return probe(word, false, committed, goneMicros, missedGone);
                })
                .whenComplete((ok, failure) -> failed(failure, withdrawErrors));
    }

    /** Polls the search until {@code word} is found ({@code findable}) or not, recording the time since the commit. */
    private CompletableFuture<Void> probe(String word, boolean findable, long committed, Histogram into,
            AtomicLong missed) {
        String url = endpoints.catalogueUrl() + SearchMix.SIGNED_IN + "?q=" + word + "&size=1";
        return http.send(Http.get(url, endpoints.token().apply(endpoints.holder())), 200).thenCompose(response -> {
            long now = System.nanoTime();
            boolean found = total(response) > 0;
            if (found == findable) {
                record(into, now - committed);
                return CompletableFuture.completedFuture(null);
            }
            if (now - committed > PROBE_TIMEOUT_MS * 1_000_000) {
                missed.incrementAndGet();
                firstError.compareAndSet(null, (findable ? "not findable " : "still found ") + PROBE_TIMEOUT_MS
                        + " ms after the commit: " + word);
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(POLL_MS, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> probe(word, findable, committed, into, missed));
        });
    }

    private long total(HttpResponse<String> response) {
        try {
            JsonNode page = json.readTree(response.body());
            if (!page.has("total")) {
                throw new IllegalStateException("a search answered without a total: " + response.body());
            }
            return page.get("total").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String field(HttpResponse<String> response, String name) {
        try {
            return json.readTree(response.body()).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void failed(Throwable failure, AtomicLong errors) {
        if (failure != null) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, failure.getCause() != null ? failure.getCause().toString()
                    : failure.toString());
        }
    }

    private static void record(Histogram h, long nanos) {
        synchronized (h) {
            LatencySummary.record(h, nanos);
        }
    }

    /**
     * The word only result {@code i} of this run carries: {@code bm}, the run's tag, {@code x}, and {@code i} in
     * letters (a–z, least significant first). Letters only, so both analyses keep it as one token and a query for it
     * requires it (ADR 0030: a Latin token is never optional).
     */
    static String word(String runTag, long i) {
        return "bm" + runTag + "x" + letters(i);
    }

    /** {@code n ≥ 0} in base 26 with the letters a–z, least significant first (0 is "a"). */
    static String letters(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("no letters for " + n);
        }
        StringBuilder s = new StringBuilder();
        long k = n;
        do {
            s.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return s.toString();
    }

    /** The body of {@code POST /results}: generated result {@code i} as its holder writes it, the word in the title. */
    static String body(ResultGenerator generator, int i, String word) {
        ResultGenerator.GeneratedResult r = generator.result(i);
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("title", r.title() + " " + word);
        body.put("summary", r.summary());
        body.put("industry", r.industry());
        body.put("maturity", r.maturity());
        if (r.trl() != null) {
            body.put("trl", r.trl());
        }
        r.transferModes().forEach(body.putArray("transferModes")::add);
        if (r.askingPrice() == null) {
            body.put("priceNegotiable", true);
        } else {
            body.put("askingPrice", r.askingPrice().toPlainString());
            body.put("priceNegotiable", false);
        }
        body.put("regionCode", r.regionCode());
        return body.toString();
    }

    /** What the stream did and measured. */
    record Summary(double seconds, long publishedOk, long publishErrors, long withdrawnOk, long withdrawErrors,
            LatencySummary publish, LatencySummary withdraw, LatencySummary findable, LatencySummary gone,
            long missedFindable, long missedGone, String firstError) {

        double publishedPerSecond() {
            return seconds > 0 ? publishedOk / seconds : Double.NaN;
        }

        /** Whether every change was visible within the target (2 s) and none was missed. */
        boolean freshWithinTarget() {
            return missedFindable == 0 && missedGone == 0 && findable.count() > 0
                    && findable.max() <= TARGET_MS && (gone.count() == 0 || gone.max() <= TARGET_MS);
        }
    }

    private Summary summary() {
        double seconds = (stoppedNanos - startedNanos) / 1e9;
        synchronized (publishMicros) {
            synchronized (withdrawMicros) {
                synchronized (findableMicros) {
                    synchronized (goneMicros) {
                        return new Summary(seconds, publishMicros.getTotalCount(), publishErrors.get(),
                                withdrawMicros.getTotalCount(), withdrawErrors.get(),
                                LatencySummary.of("publish (create, submit, approve)", Double.NaN,
                                        publishMicros.getTotalCount() / seconds, publishMicros, publishErrors.get(),
                                        null),
                                LatencySummary.of("withdraw", Double.NaN, withdrawMicros.getTotalCount() / seconds,
                                        withdrawMicros, withdrawErrors.get(), null),
                                LatencySummary.of("published → findable", findableMicros),
                                LatencySummary.of("withdrawn → gone", goneMicros),
                                missedFindable.get(), missedGone.get(), firstError.get());
                    }
                }
            }
        }
    }
}
