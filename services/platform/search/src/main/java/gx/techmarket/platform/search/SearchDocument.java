package gx.techmarket.platform.search;

import java.util.List;
import java.util.Map;

/**
 * One document of the index: the id of the row it is made from, its texts, facet values and numbers by field name
 * (a field absent from a map is absent from the document: no price for 面议).
 */
public record SearchDocument(String id, Map<String, String> texts, Map<String, List<String>> facets,
        Map<String, Long> numbers) {

    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        texts = Map.copyOf(texts);
        facets = Map.copyOf(facets);
        numbers = Map.copyOf(numbers);
    }
}
