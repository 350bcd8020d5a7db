package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a service's paged list ({@code items}, {@code total}, {@code page}, {@code size}) and what the pager
 * shows of it: "1–20 / 37", the pages around this one, the previous and next page. A list shows fewer rows than its
 * total only with a pager ({@link #paged}).
 */
@TemplateData
public record Page<T>(List<T> items, long total, int page, int size) {

    /** The page sizes a user may choose. */
    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);

    public Page {
        items = items == null ? List.of() : items;
    }

    public static <T> Page<T> empty(int size) {
        return new Page<>(List.of(), 0, 0, size);
    }

    /** The number (from 1) of the first row shown, 0 when none. */
    public long from() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The number of the last row shown. */
    public long to() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }

    /** Whether some rows of the total are not on this page: then the page must show the pager. */
    public boolean paged() {
        return total > items.size();
    }

    public int pageCount() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public List<Integer> sizes() {
        return SIZES;
    }

    /** A link of the pager: a page index (from 0), its label (from 1), or a gap ("…") between distant pages. */
    public record Link(int index, boolean current, boolean gap) {
        public int label() {
            return index + 1;
        }
    }

    /** The first and last page and the two on each side of this one, gaps between. */
    public List<Link> window() {
        int last = pageCount() - 1;
        List<Link> links = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i <= last; i++) {
            if (i == 0 || i == last || Math.abs(i - page) <= 2) {
                if (previous >= 0 && i - previous > 1) {
                    links.add(new Link(-1, false, true));
                }
                links.add(new Link(i, i == page, false));
                previous = i;
            }
        }
        return links;
    }
}
