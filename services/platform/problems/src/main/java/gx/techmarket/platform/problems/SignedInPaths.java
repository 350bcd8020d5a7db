package gx.techmarket.platform.problems;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paths only a signed-in caller may reach at all ({@code techmarket.http.signed-in-paths}), refused before the REST
 * layer matches content types: an anonymous upload or download there gets 401 (not 415 or 406), as every other closed
 * endpoint does, and in the same problem+json shape ({@code UNAUTHENTICATED}, through {@link HttpFailureProblems}).
 * Roles and ownership are still checked on the resource methods.
 * <p>
 * Quarkus's own path permissions ({@code quarkus.http.auth.permission.*.policy=authenticated}) were used before and
 * answered with the authentication mechanism's bare challenge: a 401 with no body.
 * <p>
 * A pattern is a path whose segment {@code *} stands for one segment, and for one or more when it is the last.
 */
@ApplicationScoped
public class SignedInPaths {

    /** After Quarkus's security filters (negative orders: they install the deferred identity), before any resource. */
    static final int ORDER = 0;

    private final List<Pattern> patterns;

    SignedInPaths(@ConfigProperty(name = "techmarket.http.signed-in-paths") Optional<List<String>> paths) {
        this.patterns = paths.orElse(List.of()).stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(SignedInPaths::compile).toList();
    }

    void install(@Observes Router router) {
        if (!patterns.isEmpty()) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    void check(RoutingContext ctx) {
        if (!covers(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        // authentication is lazy (quarkus.http.auth.proactive=false): resolve the request's identity now; the REST
        // layer later gets the same one (Quarkus keeps the deferred identity once resolved); a bad token fails here
        // with AuthenticationFailedException, which HttpFailureProblems answers as 401 problem+json too
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(ctx, null);
        if (identity == null) {
            ctx.fail(new UnauthorizedException());
            return;
        }
        identity.subscribe().with(id -> {
            if (id == null || id.isAnonymous()) {
                ctx.fail(new UnauthorizedException());
            } else {
                ctx.next();
            }
        }, ctx::fail);
    }

    boolean covers(String path) {
        for (Pattern p : patterns) {
            if (p.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a signed-in path starts with /: " + pattern);
        }
        String[] segments = pattern.substring(1).split("/", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            regex.append('/');
            if ("*".equals(segments[i])) {
                regex.append(i == segments.length - 1 ? "[^/].*" : "[^/]+");
            } else {
                regex.append(Pattern.quote(segments[i]));
            }
        }
        return Pattern.compile(regex + "/?");
    }
}
