package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Page;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * What a user asked of a list: page (from 0), page size (one of {@link Page#SIZES}, 20 otherwise), sort and status
 * (only values the list offers; anything else is ignored rather than sent to the service, which would refuse it).
 */
public class ListQuery {

    static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    int page;

    @QueryParam("size")
    int size;

    @QueryParam("sort")
    String sort;

    @QueryParam("status")
    String status;

    @QueryParam("q")
    String q;

    @QueryParam("kind")
    String kind;

    @QueryParam("region")
    String region;

    public int page() {
        return Math.min(Math.max(page, 0), 10_000);
    }

    public int size() {
        return Page.SIZES.contains(size) ? size : DEFAULT_SIZE;
    }

    /** As asked (the template marks the chosen option; an unknown value matches none). */
    public String status() {
        return status;
    }

    public String sort() {
        return sort;
    }

    /** The sort asked for if the list offers it, else null (the service's default). */
    String sortOf(WorkList list) {
        return sort != null && list.sorts().contains(sort) ? sort : null;
    }

    /** The status filter if the list offers it, else null (every status). */
    String statusOf(WorkList list) {
        return status != null && list.statuses().contains(status) ? status : null;
    }

    String q() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** As asked, for the filter form. */
    public String keywords() {
        return q == null ? "" : q;
    }

    public String kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    /**
     * Keywords (at most 100 characters, as the directory takes them), a kind the list knows and a region code
     * (six digits); anything else is dropped rather than sent to the service, which would refuse it.
     */
    WorkList.Filters filters(List<String> kinds) {
        String keywords = q();
        if (keywords != null && keywords.length() > 100) {
            keywords = keywords.substring(0, 100);
        }
        return new WorkList.Filters(keywords, kind != null && kinds.contains(kind) ? kind : null,
                region != null && region.matches("[1-8][0-9]{5}") ? region : null);
    }
}
