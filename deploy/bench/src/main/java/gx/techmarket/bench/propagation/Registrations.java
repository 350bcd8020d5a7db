package gx.techmarket.bench.propagation;

import gx.techmarket.bench.BenchContext;
import gx.techmarket.bench.load.Http;
import gx.techmarket.bench.load.LatencySummary;
import gx.techmarket.bench.load.Load;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stream of registrations at a fixed rate: fresh accepted contracts ({@link ContractFixtures}), registered one by
 * one through {@code POST /contracts/{id}/register} by the registrar of the point that accepted it (every registrar
 * of the demo realm, one per registration point, in turn; real Keycloak tokens, refreshed in the background so that
 * a login never stalls the schedule), in the open model of {@link Load#atRate}.
 */
public final class Registrations implements AutoCloseable {

    /**
     * What one stream did: every contract offered, those due in the measured window, the register calls' latency,
     * and the contracts whose call failed (refused, or no answer: some of those may have been registered all the
     * same, when the answer was lost after the commit).
     */
    public record Phase(List<UUID> all, List<UUID> measured, LatencySummary http, Set<UUID> failed) {}

    private final BenchContext ctx;
    private final ContractFixtures fixtures;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "registrar-token");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * @param purpose which part registers ("propagation", "drills"): the fixtures' seed is derived from the run's
     *                seed and this, so two parts never generate the same contracts
     */
    public Registrations(BenchContext ctx, String purpose) {
        this.ctx = ctx;
        this.fixtures = new ContractFixtures(ctx.market().repo().resolve("deploy/keycloak/techmarket-realm.json"),
                ctx.options().seed() * 31 + purpose.hashCode(), ctx.report().runId() + "-" + purpose);
        for (String registrar : fixtures.registrars()) {
            tokens.put(registrar, ctx.market().token(registrar));
        }
        refresher.scheduleWithFixedDelay(() -> {
            for (String registrar : fixtures.registrars()) {
                try {
                    tokens.put(registrar, ctx.market().token(registrar));
                } catch (RuntimeException e) {
                    ctx.log("the token of " + registrar + " could not be refreshed: " + e.getMessage());
                }
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    /** Prepares {@code rate × (warmup + measure)} contracts, then registers them at {@code rate} per second. */
    public Phase run(String label, double rate, Duration warmup, Duration measure)
            throws SQLException, IOException, InterruptedException {
        long warmupOps = (long) Math.floor(rate * warmup.toNanos() / 1e9);
        long total = warmupOps + Math.max(1, (long) Math.floor(rate * measure.toNanos() / 1e9));
        List<ContractFixtures.Accepted> accepted = fixtures.create(ctx.market(), Math.toIntExact(total));
        List<UUID> ids = accepted.stream().map(ContractFixtures.Accepted::id).toList();
        String base = ctx.market().url("registry") + "/contracts/";
        Set<UUID> failed = ConcurrentHashMap.newKeySet();
        LatencySummary http = Load.atRate(label, rate, warmup, measure, seq -> {
            if (seq >= ids.size()) {
                return CompletableFuture.failedFuture(new IllegalStateException("more operations than contracts"));
            }
            ContractFixtures.Accepted contract = accepted.get((int) seq);
            UUID id = contract.id();
            return ctx.http().send(Http.post(base + id + "/register", tokens.get(contract.registrar())),
                    200)
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            failed.add(id);
                        }
                    });
        });
        return new Phase(ids, ids.subList((int) warmupOps, ids.size()), http, Set.copyOf(failed));
    }

    /** The registrars the contracts are dealt to, one per registration point. */
    public List<String> registrars() {
        return fixtures.registrars();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
