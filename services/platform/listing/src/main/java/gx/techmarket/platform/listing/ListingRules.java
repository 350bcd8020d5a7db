package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.ProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules the content of every listing keeps, checked where a request becomes content. */
public final class ListingRules {

    private ListingRules() {}

    /**
     * The items of the list field {@code field}, each given once. A repeated item is refused, 400
     * {@code DUPLICATE_ITEM} on the field naming the item, rather than silently dropped: the owner typed it twice,
     * perhaps meaning another one.
     */
    public static <T> List<T> distinct(List<T> items, String field) {
        Set<T> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(item)) {
                throw ProblemException.badRequest("DUPLICATE_ITEM", item instanceof Enum<?> e ? e.name() : item)
                        .withField(field, "DUPLICATE_ITEM");
            }
        }
        return List.copyOf(items);
    }
}
