package gx.techmarket.portal.directory;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One change of an organisation as the directory records it: what, when, by whom, the changed part before and after. */
@TemplateData
public record HistoryEntry(Instant at, String action, ActorView actor, Map<String, Object> before,
        Map<String, Object> after) {

    /** Who changed it: the user, and the organisation it acted for ({@code directory} for the directory itself). */
    @TemplateData
    public record ActorView(String username, String displayName, String organisation) {}

    /** The facts that differ, in a stable order, each with its value before and after. */
    public List<HistoryLines.Line> lines() {
        return HistoryLines.of(before, after);
    }
}
