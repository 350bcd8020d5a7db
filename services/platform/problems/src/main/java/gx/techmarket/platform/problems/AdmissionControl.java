package gx.techmarket.platform.problems;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sheds load instead of queueing it: at most {@code techmarket.http.max-in-flight} HTTP requests are handled at
 * once; the next one is answered at once, on the event loop, with 503 {@code SERVICE_BUSY} and {@code Retry-After: 1}
 * — no worker thread, no database connection, nothing queued.
 *
 * <p>Without it a service offered more than it can do accepts everything: the registry at 500 registrations/s
 * (it serves about 60/s, registrations of one point serialize on its gap-free number) queued thousands of requests
 * behind its 20 pooled connections on hundreds of worker threads until its heap ran out.
 *
 * <p>The default, 64, is a few times the connection pool (20): enough waiting work that the pool never idles between
 * requests, few enough that the wait stays short and the memory bounded. A service whose requests mostly do not use
 * the database may raise it. Requests under the non-application root ({@code /q/}: health, metrics, OpenAPI) are never
 * limited, so an overloaded service still reports itself live and ready.
 *
 * <p>A permit is returned exactly once, when the response has been written or the connection closed (also when the
 * client gives up while its request is still being handled: that request's work is then not counted any more).
 */
@ApplicationScoped
public class AdmissionControl {

    static final String SHED_METRIC = "techmarket.http.shed";

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);
    private static final String ADMITTED = AdmissionControl.class.getName() + ".admitted";

    private final HttpFailureProblems problems;
    private final int maxInFlight;
    private final String unlimitedPrefix;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Unavailability.Warnings warnings = new Unavailability.Warnings(System::nanoTime, 10_000_000_000L);

    AdmissionControl(HttpFailureProblems problems,
            @ConfigProperty(name = "techmarket.http.max-in-flight", defaultValue = "64") int maxInFlight,
            @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
                    String nonApplicationRootPath) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("techmarket.http.max-in-flight must be at least 1, not " + maxInFlight);
        }
        this.problems = problems;
        this.maxInFlight = maxInFlight;
        this.unlimitedPrefix = nonApplicationPrefix(rootPath, nonApplicationRootPath);
    }

    void install(@Observes Router router) {
        // the lowest order: before authentication and before Quarkus REST hands the request to a worker thread
        router.route().order(Integer.MIN_VALUE).handler(this::admit);
    }

    /** The number of requests being handled now (not counting those under the non-application root). */
    public int inFlight() {
        return inFlight.get();
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    void admit(RoutingContext ctx) {
        if (ctx.get(ADMITTED) != null || ctx.request().path().startsWith(unlimitedPrefix)) {
            // a rerouted request holds its permit already; health, metrics and OpenAPI are never refused
            ctx.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            shed(ctx);
            return;
        }
        ctx.put(ADMITTED, Boolean.TRUE);
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        // Vert.x Web calls end handlers once: on the response's end, its exception or the connection's close. But it
        // does so through the response's single end and close handler slots, which Quarkus REST takes over for
        // streamed responses (addCloseHandler); Quarkus's request wrapper has a list of its own, called once on the
        // same events by handlers nobody replaces. Both, behind one flag: the permit is returned once and never lost.
        ctx.addEndHandler(result -> release.run());
        // QuarkusRequestWrapper.get throws a NullPointerException for a request Quarkus did not wrap: asked on every
        // request, building that exception's stack trace cost 7 % of a search's CPU (docs/performance.md). Its marker
        // cookie is looked up here instead; without it the end handler alone returns the permit.
        if (ctx.request().getCookie(QuarkusRequestWrapper.FAKE_COOKIE_NAME)
                instanceof QuarkusRequestWrapper.QuarkusCookie wrapped) {
            wrapped.getRequestWrapper().addRequestDoneHandler(done -> release.run());
        }
        ctx.next();
    }

    private void shed(RoutingContext ctx) {
        Metrics.counter(SHED_METRIC).increment();
        long shed = warnings.tryLog();
        if (shed > 0) {
            LOG.warnf("Answered 503 SERVICE_BUSY to %d request(s) since the last warning: %d requests in flight already "
                    + "(techmarket.http.max-in-flight)", shed, maxInFlight);
        }
        if (hasBody(ctx)) {
            // the body is not read: the connection cannot carry another request after this answer
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        int retryAfter = Unavailability.BUSY.retryAfterSeconds;
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        problems.write(ctx, 503, Unavailability.BUSY.code, new Object[] {retryAfter});
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }

    /** Quarkus's rule: a non-application root path that starts with '/' is absolute, otherwise under the root path. */
    static String nonApplicationPrefix(String rootPath, String nonApplicationRootPath) {
        String path = nonApplicationRootPath.startsWith("/") ? nonApplicationRootPath
                : (rootPath.endsWith("/") ? rootPath : rootPath + "/") + nonApplicationRootPath;
        return path.endsWith("/") ? path : path + "/";
    }
}
