package gx.techmarket.platform.problems;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the size of the whole list, the one shape of every list a service answers:
 * {@code {"items": [...], "total": 37, "page": 0, "size": 20}}. A reader can always tell whether it saw everything
 * ({@code total} counts every item the same query matches, not only those on the page), so nothing is cut off
 * silently.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page {@code paging} asked for, of a list {@code total} long. */
    public static <T> Page<T> of(List<T> items, long total, Paging paging) {
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** The same page with each item turned into another (an entity into its view). */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), total, page, size);
    }
}
