package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.function.Predicate;

/**
 * One list of a workbench: its address ({@code /work/<key>}), who may see it, the rows template it is shown with
 * ({@code rows}: result, demand, challenge, bid, contract, entitlement, programme, known-demand), the statuses it can
 * be filtered by and the sorts it offers (the service's whitelist; the first is the service's default).
 */
@TemplateData
public record WorkList(String key, String rows, List<String> statuses, List<String> sorts, Predicate<Viewer> who,
        Loader loader) {

    /** How the list is asked of its service: status and sort are null when the user chose none. */
    @FunctionalInterface
    public interface Loader {
        Page<?> load(String status, String sort, int page, int size);
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
