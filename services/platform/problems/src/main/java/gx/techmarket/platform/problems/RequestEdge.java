package gx.techmarket.platform.problems;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first look at every request, before routing, authentication or the body: an address longer than
 * {@code techmarket.http.max-uri-length} (414), headers over {@code techmarket.http.max-header-bytes} (431), a declared
 * body over {@code quarkus.http.limits.max-body-size} (413; a chunked one as it is read), and an address or query parameter with NUL, a control
 * character or a broken percent-encoding (400) are refused here, each as problem+json.
 * <p>
 * Netty's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above
 * these (see the platform's {@code META-INF/microprofile-config.properties}) so that a request over ours still reaches
 * this handler and gets a problem document; only a request over Netty's is cut off by the codec with a bare status
 * (Quarkus offers no hook there: quarkus#55082).
 */
@ApplicationScoped
public class RequestEdge {

    private final HttpFailureProblems problems;
    private final long maxBodySize;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final BodyHandler chunkedBodies;

    RequestEdge(HttpFailureProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "techmarket.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            @ConfigProperty(name = "techmarket.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            refuse(ctx, 414, "URI_TOO_LONG", maxUriLength);
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            refuse(ctx, 431, "HEADERS_TOO_LARGE");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException malformed) {
                refuse(ctx, 400, "BAD_REQUEST");
                return;
            }
            if (declared > maxBodySize) {
                refuse(ctx, 413, "PAYLOAD_TOO_LARGE");
                return;
            }
        }
        String bad = badText(request);
        if (bad != null) {
            refuse(ctx, 400, "INVALID_REQUEST_TEXT", bad);
            return;
        }
        if (length == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            // No declared length: RESTEasy's own count ends such a body with a bare 413. Read it here instead, up to
            // the limit; over it, the body handler fails the route with 413 and HttpFailureProblems answers.
            // RESTEasy then reads the buffered body from the routing context.
            chunkedBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    /** The part of the address that is not acceptable text once decoded, or null when all of it is. */
    static String badText(HttpServerRequest request) {
        try {
            if (!acceptable(QueryStringDecoder.decodeComponent(request.path()))) {
                return "path";
            }
            for (Map.Entry<String, String> param : request.params()) {
                if (!acceptable(param.getKey()) || !acceptable(param.getValue())) {
                    return acceptable(param.getKey()) ? param.getKey() : "?";
                }
            }
            return null;
        } catch (IllegalArgumentException brokenEncoding) {
            return "?";
        }
    }

    private static boolean acceptable(String text) {
        return text.indexOf('\uFFFD') < 0 && TextRules.check(text, false).isEmpty();
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void refuse(RoutingContext ctx, int status, String code, Object... args) {
        // the body, if any, is not read: close the connection rather than read what we refuse
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.write(ctx, status, code, args);
    }
}
