package gx.techmarket.platform.problems;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Integer query parameters ({@code page}, {@code size}) are ASCII digits and nothing else; a value that is not one is
 * a 400 naming the parameter, checked before the method's parameters are converted. Left to JAX-RS, a query parameter
 * it cannot convert is a 404, as if the address did not exist, and {@code Integer.parseInt} reads full-width digits
 * ("９") as 9.
 */
public class StrictParameters {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private final ConcurrentMap<Method, List<String>> integerParameters = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseMalformedIntegers(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (String name : integerParameters.computeIfAbsent(method, StrictParameters::integerQueryParameters)) {
            List<String> values = uri.getQueryParameters().get(name);
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

    static List<String> integerQueryParameters(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            Class<?> type = p.getType();
            if (type != int.class && type != Integer.class && type != long.class && type != Long.class) {
                continue;
            }
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            org.jboss.resteasy.reactive.RestQuery rest = p.getAnnotation(org.jboss.resteasy.reactive.RestQuery.class);
            if (rest != null) {
                names.add(rest.value().isEmpty() ? p.getName() : rest.value());
            }
        }
        return List.copyOf(names);
    }
}
