package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification (资质) of an organisation, valid from one day to another (both included).
 *
 * @param id        the qualification's id in the directory
 * @param kind      which qualification
 * @param number    its certificate number, 入库编号 or point code, as the issuing body wrote it
 * @param validFrom first day it is valid
 * @param validTo   last day it is valid, {@code null} when open-ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Qualification(UUID id, QualificationKind kind, String number, LocalDate validFrom, LocalDate validTo) {

    static final int NUMBER_MAX = 64;

    public Qualification {
        Require.present(id, "qualification.id");
        Require.present(kind, "qualification.kind");
        Require.text(number, NUMBER_MAX, "qualification.number");
        Require.present(validFrom, "qualification.validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("qualification " + id + " ends on " + validTo + " before it starts on "
                    + validFrom);
        }
    }

    /** Whether it is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
