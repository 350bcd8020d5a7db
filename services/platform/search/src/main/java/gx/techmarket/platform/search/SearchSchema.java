package gx.techmarket.platform.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a service indexes: its text fields with their weights, its facets (with the values a filter may name), its
 * numbers (filters by range, sorts) and the schema version (a different version in the index → rebuild).
 *
 * @param version bump it when the fields or their analysis change: an index of another version is rebuilt
 * @param texts the text fields, each indexed with both analyses; the first ones are shown highlighted when
 *     {@link TextField#highlight()}
 * @param facets the facet fields
 * @param numbers the numeric fields (long): range filters and sorts
 */
public record SearchSchema(int version, List<TextField> texts, List<Facet> facets, List<String> numbers) {

    /** A text field and its weight in ranking (title above keywords above summary). */
    public record TextField(String name, float weight, boolean highlight) {

        public TextField {
            if (!(weight >= 1f)) {
                throw new IllegalArgumentException("weight " + weight + " below 1");
            }
        }

        /** Whether the field has its own ranking clause (and index fields) besides the shared {@code _all}. */
        boolean rankedApart() {
            return weight > 1f;
        }
    }

    /**
     * A facet: its name (also the filter's parameter), whether a document may have several values, and which values
     * a filter may name (anything else is {@code UNKNOWN_FACET_VALUE}).
     */
    public record Facet(String name, boolean multiValued, Predicate<String> known) {}

    public SearchSchema {
        texts = List.copyOf(texts);
        facets = List.copyOf(facets);
        numbers = List.copyOf(numbers);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a schema needs a text field");
        }
    }

    /** The facets by name. */
    public Map<String, Facet> facetsByName() {
        Map<String, Facet> byName = new LinkedHashMap<>();
        facets.forEach(f -> byName.put(f.name(), f));
        return byName;
    }

    /** The facet called {@code name}, if the schema has it. */
    public Facet facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    boolean hasNumber(String name) {
        return numbers.contains(Objects.requireNonNull(name));
    }
}
