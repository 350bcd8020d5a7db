package gx.techmarket.catalogue.result;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.Patent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A result as the API shows it, with the {@code actions} the caller may take on it now. {@code contacts} holds only
 * those its reader may see: all for the holder's users and the operators of its region, public and signed-in ones
 * for other signed-in users, public ones on the public front.
 */
public record ResultView(
        UUID id,
        String title,
        String summary,
        @Schema(description = "The title in English (optional): shown to English readers")
        String titleEn,
        @Schema(description = "The summary in English (optional)")
        String summaryEn,
        String industry,
        Maturity maturity,
        Integer trl,
        List<String> transferModes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        boolean priceNegotiable,
        List<Patent> patents,
        List<Contact> contacts,
        List<Inventor> inventors,
        List<String> keywords,
        List<Attachment> attachments,
        String regionCode,
        Party holder,
        ResultStatus status,
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        long version,
        List<String> actions) {

    static ResultView of(Result r, ContactVisibility.Audience audience, List<String> actions) {
        return new ResultView(r.id(), r.title(), r.summary, r.titleEn(), r.summaryEn(), r.industry(), r.maturity, r.trl,
                List.copyOf(r.transferModes), r.askingPrice, r.priceNegotiable, List.copyOf(r.patents),
                r.contacts.stream().filter(c -> c.visibility().shownTo(audience)).toList(), List.copyOf(r.inventors),
                List.copyOf(r.keywords), r.attachments.stream().map(Attachment.Stored::view).toList(),
                r.regionCode(), r.holder.toParty(), r.status(), r.rejectionReason(), r.createdAt(), r.updatedAt(),
                r.submittedAt(), r.publishedAt(), r.withdrawnAt, r.version(), actions);
    }
}
