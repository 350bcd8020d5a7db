package gx.techmarket.platform.problems;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter that takes one value is given once. Integer query parameters ({@code page}, {@code size}) are ASCII digits and nothing else; a value that is not one is
 * a 400 naming the parameter, checked before the method's parameters are converted. Left to JAX-RS, a query parameter
 * it cannot convert is a 404, as if the address did not exist, and {@code Integer.parseInt} reads full-width digits
 * ("９") as 9.
 */
public class StrictParameters {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private final ConcurrentMap<Method, List<String>> integerParameters = new ConcurrentHashMap<>();
    private final ConcurrentMap<Method, List<String>> singleParameters = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseMalformedParameters(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getRequestUri().getRawQuery() == null) {
            return;
        }
        var query = uri.getQueryParameters();
        for (String name : singleParameters.computeIfAbsent(method, StrictParameters::singleQueryParameters)) {
            List<String> values = query.get(name);
            if (values != null && values.size() > 1) {
                // ?year=2026&year=2027 would silently mean 2026
                throw ProblemException.badRequest("REPEATED_QUERY_PARAMETER", name).withField(name, "REPEATED");
            }
        }
        for (String name : integerParameters.computeIfAbsent(method, StrictParameters::integerQueryParameters)) {
            List<String> values = query.get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!INTEGER.matcher(value).matches()) {
                    throw ProblemException.badRequest("INVALID_QUERY_PARAMETER", name).withField(name, "INVALID_TYPE");
                }
            }
        }
    }

    /** A query parameter as the method declares it: by a parameter, or by a field of a {@code @BeanParam}. */
    record Declared(String name, Class<?> type) {}

    /** Every query parameter of the method, those of its {@code @BeanParam} classes ({@code Paging}) included. */
    static List<Declared> queryParameters(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam query = f.getAnnotation(QueryParam.class);
                        if (query != null) {
                            declared.add(new Declared(query.value(), f.getType()));
                        }
                    }
                }
                continue;
            }
            String name = queryName(p);
            if (name != null) {
                declared.add(new Declared(name, p.getType()));
            }
        }
        return declared;
    }

    /** The query parameters that take one value (not a list or a set). */
    static List<String> singleQueryParameters(Method method) {
        return queryParameters(method).stream()
                .filter(d -> !java.util.Collection.class.isAssignableFrom(d.type()) && !d.type().isArray())
                .map(Declared::name).toList();
    }

    private static String queryName(Parameter p) {
        QueryParam query = p.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        org.jboss.resteasy.reactive.RestQuery rest = p.getAnnotation(org.jboss.resteasy.reactive.RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? p.getName() : rest.value();
        }
        return null;
    }

    static List<String> integerQueryParameters(Method method) {
        return queryParameters(method).stream().filter(d -> d.type() == int.class || d.type() == Integer.class
                || d.type() == long.class || d.type() == Long.class).map(Declared::name).toList();
    }
}
