package gx.techmarket.portal.subsidy.programmes;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A budget year as the subsidy service sees it: {@code NO_PROGRAMME}, {@code OPEN} or {@code CLOSED}; its programmes
 * the admin may see; the registered contracts of the year no programme has assessed yet (awaiting a programme);
 * whether the admin may open a programme ({@code open}).
 */
@TemplateData
public record YearState(int year, String state, List<ProgrammeDetail> programmes, long registrationsAwaitingProgramme,
        List<Awaiting> awaiting, List<String> actions) implements Actionable {

    public YearState {
        programmes = programmes == null ? List.of() : programmes;
        awaiting = awaiting == null ? List.of() : awaiting;
        actions = actions == null ? List.of() : actions;
    }

    /** A registered contract of the year that waits for a programme. */
    @TemplateData
    public record Awaiting(UUID contractId, String registrationNumber, Instant registeredAt) {}
}
