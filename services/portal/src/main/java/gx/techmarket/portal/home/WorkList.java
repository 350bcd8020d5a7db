package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.function.Predicate;

/**
 * One list of a workbench: its address ({@code /work/<key>}), who may see it, the rows template it is shown with
 * ({@code rows}: result, demand, challenge, bid, contract, entitlement, programme, known-demand, organisation), the
 * statuses it can be filtered by and the sorts it offers (the service's whitelist; the first is the service's
 * default). A list with a {@code search} also takes keywords, a kind and a region on its own page (the directory).
 */
@TemplateData
public record WorkList(String key, String rows, List<String> statuses, List<String> sorts, Predicate<Viewer> who,
        Loader loader, Search search) {

    /** A list without keywords, kind or region. */
    public WorkList(String key, String rows, List<String> statuses, List<String> sorts, Predicate<Viewer> who,
            Loader loader) {
        this(key, rows, statuses, sorts, who, loader, null);
    }

    /** How the list is asked of its service: status and sort are null when the user chose none. */
    @FunctionalInterface
    public interface Loader {
        Page<?> load(String status, String sort, int page, int size);
    }

    /** How a searchable list is asked of its service on its own page: any of {@code filters} may be null. */
    @FunctionalInterface
    public interface Search {
        Page<?> load(Filters filters, String status, String sort, int page, int size);
    }

    /** Keywords, kind and region, each null when the user chose none. */
    public record Filters(String q, String kind, String region) {}

    /** The list's page offers keywords, kind and region. */
    public boolean searchable() {
        return search != null;
    }

    /** The list's own page. */
    public String href() {
        return "/work/" + key;
    }

    public boolean filtered() {
        return !statuses.isEmpty();
    }

    /** A queue of things waiting for the user (its count is highlighted on the workbench). */
    public boolean queue() {
        return key.endsWith("queue") || key.equals("challenge-drafts");
    }

    public boolean sortable() {
        return sorts.size() > 1;
    }
}
