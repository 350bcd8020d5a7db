package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.listing.ListingView;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 科技成果 as the catalogue answers it. */
@TemplateData
public record ResultView(
        UUID id,
        String title,
        String summary,
        String titleEn,
        String summaryEn,
        String industry,
        String maturity,
        Integer trl,
        List<String> transferModes,
        BigDecimal askingPrice,
        boolean priceNegotiable,
        List<Patent> patents,
        List<Contact> contacts,
        List<Inventor> inventors,
        String regionCode,
        List<String> keywords,
        Party holder,
        String status,
        String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        List<String> actions) implements ListingView {

    public ResultView {
        transferModes = transferModes == null ? List.of() : transferModes;
        patents = patents == null ? List.of() : patents;
        contacts = contacts == null ? List.of() : contacts;
        inventors = inventors == null ? List.of() : inventors;
        keywords = keywords == null ? List.of() : keywords;
    }

    /** 知识产权 with kind and status. */
    @TemplateData
    public record Patent(String number, String kind, String status, String title) {}

    /** A contact the caller may see. */
    @TemplateData
    public record Contact(String name, String phone, String email, String visibility) {}

    /** 完成人, in order. */
    @TemplateData
    public record Inventor(String name, String affiliation) {}

    @Override
    public Party owner() {
        return holder;
    }
}
