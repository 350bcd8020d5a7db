package gx.techmarket.portal.directory;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A history entry's before and after (the changed part of an organisation, a qualification, a bank account or a
 * registration point, as the directory records it) as lines a reader follows: each fact that differs, with its value
 * before and after. Identifiers that never change ({@code uscc}, a qualification's {@code id}) are left out; a fact
 * absent on one side is empty there (a new qualification has no "before").
 */
final class HistoryLines {

    private static final Set<String> IDENTIFIERS = Set.of("uscc", "id");

    private HistoryLines() {}

    /** One fact: its name as the directory writes it ({@code name}, {@code parentUscc}), before and after. */
    @TemplateData
    public record Line(String field, String before, String after) {}

    static List<Line> of(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> is = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(is.keySet());
        fields.addAll(was.keySet());
        List<Line> lines = new ArrayList<>();
        for (String field : fields) {
            String from = text(was.get(field));
            String to = text(is.get(field));
            if (!IDENTIFIERS.contains(field) && !Objects.equals(from, to)) {
                lines.add(new Line(field, from, to));
            }
        }
        return lines;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
