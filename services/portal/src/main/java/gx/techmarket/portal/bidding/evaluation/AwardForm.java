package gx.techmarket.portal.bidding.evaluation;

import io.quarkus.qute.TemplateData;
import java.util.UUID;

/** The bid the counterparty chose from the ranking and, for one that is not first, the reason. */
@TemplateData
public record AwardForm(UUID bidId, String departureReason) {

    public static AwardForm none() {
        return new AwardForm(null, null);
    }

    /** Whether the form in error is that of the bid {@code id}. */
    public boolean isFor(UUID id) {
        return id != null && id.equals(bidId);
    }

    /** The reason as typed, stripped; empty when none. */
    public String reason() {
        return departureReason == null ? "" : departureReason.strip();
    }

    /** The {@code id} of the reason's input in the form of bid {@code id}: the field's own for the bid in error. */
    public String reasonId(UUID id) {
        return "departureReason" + (isFor(id) ? "" : "-" + id);
    }

    /** The reason typed for the bid in error, else empty. */
    public String typed(UUID id) {
        return isFor(id) ? reason() : "";
    }
}
