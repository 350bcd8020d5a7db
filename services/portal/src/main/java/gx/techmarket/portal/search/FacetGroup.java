package gx.techmarket.portal.search;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One facet in the search page's side panel: its name (the query parameter), its values with their counts among the
 * matches, and which are chosen. A chosen value the counts no longer name is still shown (count 0), so it can be
 * unticked.
 */
@TemplateData
public record FacetGroup(String name, List<Option> options, boolean exact) {

    /** A value, its count and whether the search filters by it. */
    @TemplateData
    public record Option(String value, long count, boolean selected) {}

    /** The groups in {@code order}, from the service's counts and the search's filters; empty groups are left out. */
    public static List<FacetGroup> of(List<String> order, Map<String, List<FacetCount>> counts, boolean exact,
            SearchQuery query) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String name : order) {
            List<Option> options = new ArrayList<>();
            List<String> chosen = query.values(name);
            for (FacetCount c : counts == null ? List.<FacetCount>of() : counts.getOrDefault(name, List.of())) {
                options.add(new Option(c.value(), c.count(), chosen.contains(c.value())));
            }
            for (String value : chosen) {
                if (options.stream().noneMatch(o -> o.value().equals(value))) {
                    options.add(new Option(value, 0, true));
                }
            }
            if (!options.isEmpty()) {
                groups.add(new FacetGroup(name, List.copyOf(options), exact));
            }
        }
        return groups;
    }
}
