package gx.techmarket.platform.problems;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body must say what it is (no Content-Type: 415, before RESTEasy reads it as the method's {@code @Consumes} type),
 * and an action that takes no body (submit, approve, publish, accept, register…) is refused when a body comes with it,
 * before it runs: with or without Content-Length, a client that sends one has misunderstood the action, and a 2 MB
 * chunked body must not be read, nor ignored while the state changes.
 */
public class UnexpectedBodies {

    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class,
            org.jboss.resteasy.reactive.RestPath.class, org.jboss.resteasy.reactive.RestQuery.class,
            org.jboss.resteasy.reactive.RestHeader.class, org.jboss.resteasy.reactive.RestCookie.class,
            org.jboss.resteasy.reactive.RestForm.class, org.jboss.resteasy.reactive.RestMatrix.class);

    /** Types RESTEasy Reactive injects without an annotation. */
    private static final Set<Class<?>> CONTEXT_TYPES = Set.of(UriInfo.class, HttpHeaders.class,
            SecurityContext.class, Request.class, ResourceInfo.class, ContainerRequestContext.class,
            HttpServerRequest.class, io.vertx.core.http.HttpServerResponse.class, io.vertx.ext.web.RoutingContext.class,
            org.jboss.resteasy.reactive.server.SimpleResourceInfo.class);

    private final ConcurrentMap<Method, Boolean> takesBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseABodyNotExpected(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        if (method == null || !hasBody(request)) {
            return null;
        }
        if (takesBody.computeIfAbsent(method, UnexpectedBodies::takesBody)) {
            if (request.getHeader(io.vertx.core.http.HttpHeaders.CONTENT_TYPE) == null) {
                // RESTEasy reads a body without a type as the method's @Consumes type: a client must say what it sends
                throw new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE");
            }
            return null;
        }
        // the body is not read: close the connection rather than read what we refuse
        request.response().putHeader(io.vertx.core.http.HttpHeaders.CONNECTION, "close");
        throw new ProblemException(400, "REQUEST_BODY_NOT_EXPECTED");
    }

    static boolean hasBody(HttpServerRequest request) {
        if (request.getHeader(io.vertx.core.http.HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        String length = request.getHeader(io.vertx.core.http.HttpHeaders.CONTENT_LENGTH);
        return length != null && !"0".equals(length.trim());
    }

    static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                if (NOT_A_BODY.contains(annotation.annotationType())) {
                    annotated = true;
                    break;
                }
            }
            if (!annotated && !CONTEXT_TYPES.contains(parameter.getType())) {
                return true;
            }
        }
        return false;
    }
}
