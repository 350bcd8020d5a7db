package gx.techmarket.platform.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses; the one place that decides how a problem looks on the wire. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Problem problem(int status, String code, Locale locale, URI instance, List<Problem.FieldError> errors,
            Object... args) {
        return new Problem(Problem.typeOf(code), Messages.title(code, locale), status,
                Messages.detail(code, locale, args), instance, code, errors == null ? List.of() : errors);
    }

    public static Response response(Problem problem, Locale locale) {
        return builder(problem, locale).build();
    }

    /** A problem the client should retry after the given number of seconds (a 503 or 429). */
    public static Response response(Problem problem, Locale locale, int retryAfterSeconds) {
        return builder(problem, locale).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    private static Response.ResponseBuilder builder(Problem problem, Locale locale) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"techmarket\"");
        }
        return builder;
    }
}
