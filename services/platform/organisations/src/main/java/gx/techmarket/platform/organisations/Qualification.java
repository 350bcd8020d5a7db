package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.QualificationKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification of an organisation in the read model.
 *
 * @param id        its id in the directory
 * @param kind      which qualification
 * @param number    certificate number, 入库编号 or point code
 * @param validFrom first valid day
 * @param validTo   last valid day as granted, {@code null} when open-ended
 * @param expiredOn last valid day when it ran out or was revoked, {@code null} while it has not
 */
public record Qualification(UUID id, QualificationKind kind, String number, LocalDate validFrom, LocalDate validTo,
        LocalDate expiredOn) {

    /** Whether it was valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo))
                && (expiredOn == null || !day.isAfter(expiredOn));
    }
}
