package gx.techmarket.subsidy.programme;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A budget year as an admin sees it (ADR 0025): whether it has programmes at all, the programmes the admin sees, the
 * registered contracts of the year no programme has assessed yet (awaiting a programme; the first of them listed),
 * and whether the admin may open a programme in it ({@code open}).
 */
public record YearView(
        int year,
        YearState state,
        List<ProgrammeView> programmes,
        @Schema(description = "Registered contracts of the year (not cancelled) that no programme has assessed: they "
                + "are assessed when a programme of the year is opened")
        long registrationsAwaitingProgramme,
        @Schema(description = "The oldest of them, at most 20")
        List<AwaitingRegistrations.Awaiting> awaiting,
        List<String> actions) {

    /** A year without any programme, with programmes of which one at least is open, or with all of them closed. */
    public enum YearState {
        NO_PROGRAMME,
        OPEN,
        CLOSED
    }
}
