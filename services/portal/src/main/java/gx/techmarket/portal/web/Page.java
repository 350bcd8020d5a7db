package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** One page of a service's paged list ({@code items}, {@code total}, {@code page}, {@code size}). */
@TemplateData
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = items == null ? List.of() : items;
    }

    public static <T> Page<T> empty(int size) {
        return new Page<>(List.of(), 0, 0, size);
    }
}
