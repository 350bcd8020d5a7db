package gx.techmarket.platform.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into problem+json. Anything a client can send maps to a 4xx
 * with a stable code; only our own bugs become 500, and then the client gets an error id, never a stack trace.
 * Overload and an unreachable database are not bugs: they are 503 with {@code Retry-After} (see {@link Unavailability}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (e.field() != null) {
            Locale locale = locale(headers);
            String message = Messages.text("field." + e.fieldCode(), locale).orElse(e.fieldCode());
            return respond(e.status(), e.code(), headers, uri,
                    List.of(new Problem.FieldError(e.field(), e.fieldCode(), message)), e.args());
        }
        return respond(e.status(), e.code(), headers, uri, List.of(), e.args());
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> nodes(v.getPropertyPath()).stream().anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internal(e, headers, uri);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new Problem.FieldError(fieldPath(v.getPropertyPath()), constraint, v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::code));
        return ProblemResponses.response(ProblemResponses.problem(400, "VALIDATION_FAILED", locale, instance(uri), errors,
                errors.size()), locale);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class,
            StreamConstraintsException.class})
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        JsonRefusal refusal = JsonRefusal.of(e, locale);
        if (refusal.field() == null) {
            return respond(400, refusal.code(), headers, uri, List.of(), refusal.args());
        }
        return ProblemResponses.response(ProblemResponses.problem(400, refusal.code(), locale, instance(uri),
                List.of(refusal.field()), refusal.field().field()), locale);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return respond(401, "UNAUTHENTICATED", headers, uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "FORBIDDEN", headers, uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 503) {
            // e.g. another service answered 503 to our REST client: pass its advice on, never a 500
            return retryLater("SERVICE_UNAVAILABLE", retryAfter(e.getResponse()), headers, uri);
        }
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        if (status < 400) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        return respond(status, HttpProblems.codeOf(status), headers, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        var unavailable = Unavailability.of(e);
        if (unavailable.isPresent()) {
            unavailable.get().warn(LOG, uri == null ? "?" : uri.getPath(), e);
            return retryLater(unavailable.get().code, unavailable.get().retryAfterSeconds, headers, uri);
        }
        if (MalformedMultipart.is(e)) {
            return respond(400, "MALFORMED_MULTIPART", headers, uri, List.of());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(500, "INTERNAL_ERROR", headers, uri, List.of(), errorId);
    }

    private static Response retryLater(String code, int retryAfterSeconds, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return ProblemResponses.response(ProblemResponses.problem(503, code, locale, instance(uri), List.of(),
                retryAfterSeconds), locale, retryAfterSeconds);
    }

    /** The delay-seconds form of a {@code Retry-After} header, bounded; the platform's default when absent or a date. */
    static int retryAfter(Response response) {
        String value = response == null ? null : response.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (value != null) {
            try {
                return Math.max(1, Math.min(60, Integer.parseInt(value.trim())));
            } catch (NumberFormatException httpDate) {
                // an HTTP date is legal but rare: fall back to the default
            }
        }
        return Unavailability.DOWN.retryAfterSeconds;
    }

    private static Response respond(int status, String code, HttpHeaders headers, UriInfo uri,
            List<Problem.FieldError> errors, Object... args) {
        Locale locale = locale(headers);
        return ProblemResponses.response(ProblemResponses.problem(status, code, locale, instance(uri), errors, args), locale);
    }

    static Locale locale(HttpHeaders headers) {
        try {
            return Messages.negotiate(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.ZH_CN;
        }
    }

    private static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(uri.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }

    /**
     * {@code submit.request.items[2].amount} becomes {@code items[2].amount}: the client's view of the field,
     * not the Java method and parameter names.
     */
    static String fieldPath(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                // the index of a list element belongs to the container named before it: items[2].amount
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, CONTAINER_ELEMENT -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (sb.length() > 0) {
                            sb.append('.');
                        }
                        sb.append(name);
                    }
                }
            }
        }
        if (sb.length() == 0) {
            return parameter == null ? "" : parameter;
        }
        return sb.toString();
    }
}
