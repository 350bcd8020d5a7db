package gx.techmarket.registry.demand;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A demand of the market the demand service published, as the contract feature needs it.
 *
 * @param demanderUscc the enterprise that posted it (the buyer of a contract that answers it)
 * @param deadline     the last day it takes answers (China time)
 * @param endedAs      {@code CLOSED}, {@code EXPIRED} or {@code MATCHED} once it left the market, else {@code null}
 */
public record PublishedDemand(UUID id, String title, String demanderUscc, LocalDate deadline, String endedAs) {

    /** Whether it still takes answers on {@code today}: published, not ended, its deadline not past. */
    public boolean isOpen(LocalDate today) {
        return endedAs == null && !deadline.isBefore(today);
    }
}
