package gx.techmarket.portal.web;

import io.quarkus.arc.Unremovable;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The address of the page being rendered, for links that change one thing and keep the rest: the pager's pages and
 * page size, a list's sort and filters. A changed filter, sort or size goes back to the first page ({@link #first}).
 */
// the layout reaches it through PageGlobals only, which ArC cannot see: kept explicitly
@Unremovable
@RequestScoped
public class Here {

    @Inject
    HttpServerRequest request;

    /** One query parameter of this page's address, as the pager's page-size form must resend it. */
    public record Param(String name, String value) {}

    public String path() {
        return request.path();
    }

    public String param(String name) {
        String value = request.getParam(name);
        return value == null ? "" : value;
    }

    /** This page with {@code name=value} (a blank value drops the parameter), every other parameter kept. */
    public String with(String name, Object value) {
        return build(name, value == null ? null : value.toString(), false);
    }

    /** Like {@link #with} but on the first page: a new sort, filter or page size starts the list again. */
    public String first(String name, Object value) {
        return build(name, value == null ? null : value.toString(), true);
    }

    /** The query parameters to resend with a form that sets {@code names} itself (and starts at the first page). */
    public List<Param> paramsExcept(String... names) {
        List<String> skip = List.of(names);
        List<Param> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : request.params()) {
            if (!skip.contains(e.getKey()) && !e.getKey().equals("page") && !e.getKey().equals("lang")) {
                kept.add(new Param(e.getKey(), e.getValue()));
            }
        }
        return kept;
    }

    private String build(String name, String value, boolean firstPage) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : request.params()) {
            String key = e.getKey();
            if (key.equals(name) || key.equals("lang") || (firstPage && key.equals("page"))) {
                continue;
            }
            append(query, key, e.getValue());
        }
        if (value != null && !value.isBlank()) {
            append(query, name, value);
        }
        return query.isEmpty() ? path() : path() + "?" + query;
    }

    private static void append(StringBuilder query, String key, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
    }
}
