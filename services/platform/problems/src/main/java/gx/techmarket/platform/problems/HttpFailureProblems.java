package gx.techmarket.platform.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Failures that happen before a request reaches the REST layer (authentication of a bad token, a body over the
 * size limit while it is read) and the refusals of {@link RequestEdge} are answered here, in the same problem+json shape and language as everything else.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    private final ObjectMapper json;

    HttpFailureProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status;
        String code;
        Object[] args = new Object[0];
        var unavailable = failure == null ? Optional.<Unavailability>empty() : Unavailability.of(failure);
        if (unavailable.isPresent()) {
            unavailable.get().warn(LOG, ctx.normalizedPath(), failure);
            status = 503;
            code = unavailable.get().code;
            args = new Object[] {unavailable.get().retryAfterSeconds};
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(unavailable.get().retryAfterSeconds));
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            status = 401;
            code = "UNAUTHENTICATED";
        } else if (failure instanceof ForbiddenException) {
            status = 403;
            code = "FORBIDDEN";
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            status = ctx.statusCode();
            code = HttpProblems.codeOf(status);
        } else {
            status = 500;
            code = "INTERNAL_ERROR";
            String errorId = UUID.randomUUID().toString();
            args = new Object[] {errorId};
            LOG.errorf(failure, "Unhandled HTTP failure %s on %s", errorId, ctx.normalizedPath());
        }
        write(ctx, status, code, args);
    }

    void write(RoutingContext ctx, int status, String code, Object[] args) {
        Locale locale = Messages.negotiate(acceptable(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        URI instance = null;
        try {
            instance = URI.create(ctx.request().path());
        } catch (RuntimeException ignored) {
            // a path we cannot echo back is simply left out
        }
        Problem problem = ProblemResponses.problem(status, code, locale, instance, List.of(), args);
        try {
            var response = ctx.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            if (status == 401) {
                response.putHeader("WWW-Authenticate", "Bearer realm=\"techmarket\"");
            }
            response.end(json.writeValueAsString(problem));
        } catch (Exception e) {
            LOG.error("Could not write a problem response", e);
            ctx.response().setStatusCode(status).end();
        }
    }

    static List<Locale> acceptable(String header) {
        List<Locale> locales = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return locales;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0 && !"*".equals(range.getRange())) {
                    locales.add(Locale.forLanguageTag(range.getRange()));
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed Accept-Language header falls back to the default language
        }
        return locales;
    }
}
