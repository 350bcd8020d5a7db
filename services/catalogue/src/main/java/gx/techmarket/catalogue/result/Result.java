package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Codes;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.Patent;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.listing.Listing;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A result (科技成果): a {@link Listing} held by a university, institute or enterprise, with what a buyer needs to
 * know (maturity, price, patents, how it may be transferred). Its moves are {@link ResultStatus#LIFECYCLE}'s.
 */
@Entity
@Table(name = "result")
public class Result extends Listing<ResultStatus, ResultContent> {

    @Embedded
    @EmbeddedColumnNaming("holder_%s")
    OrgSnapshot holder;

    @Column(nullable = false, length = 5000)
    String summary;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    Maturity maturity;

    @Column
    Integer trl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_modes", nullable = false, columnDefinition = "text[]")
    List<String> transferModes = new ArrayList<>();

    @Column(name = "asking_price", precision = 18, scale = 2)
    BigDecimal askingPrice;

    @Column(name = "price_negotiable", nullable = false)
    boolean priceNegotiable;

    /** 知识产权: patents, software copyrights, plant variety rights, with kind and status. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<Patent> patents = new ArrayList<>();

    /** 联系人, each with who may see it; views show only what their reader may. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<Contact> contacts = new ArrayList<>();

    /** 完成人 in their order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<Inventor> inventors = new ArrayList<>();

    /** 关键词 the holder gives, in their order (searched with the title, ADR 0030). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    List<String> keywords = new ArrayList<>();

    /** Images and PDFs attached by the holder (content in {@code attachment_content} by SHA-256). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<Attachment.Stored> attachments = new ArrayList<>();

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    protected Result() {
        super(ResultStatus.LIFECYCLE, "RESULT_NOT_EDITABLE");
    }

    static Result draft(UUID id, Party holder, String createdBy, ResultContent content, Instant now) {
        Result r = new Result();
        r.holder = OrgSnapshot.of(holder);
        r.draft(id, createdBy, ResultStatus.DRAFT, content, now);
        return r;
    }

    @Override
    public OrgSnapshot owner() {
        return holder;
    }

    @Override
    protected void apply(ResultContent c) {
        summary = c.summary();
        maturity = c.maturity();
        trl = c.trl();
        transferModes = new ArrayList<>(c.transferModes().stream().map(Enum::name).toList());
        askingPrice = c.askingPrice();
        priceNegotiable = c.priceNegotiable();
        patents = new ArrayList<>(c.patents());
        contacts = new ArrayList<>(c.contacts());
        inventors = new ArrayList<>(c.inventors());
        keywords = new ArrayList<>(c.keywords());
    }

    /** Adds a file while the content may change (409 {@code RESULT_NOT_EDITABLE} otherwise). */
    void attach(Attachment.Stored attachment, int max, Instant now) {
        requireEditable();
        if (attachments.size() >= max) {
            throw ProblemException.conflict("TOO_MANY_ATTACHMENTS", max).withField("file", "TOO_MANY_ATTACHMENTS");
        }
        List<Attachment.Stored> more = new ArrayList<>(attachments);
        more.add(attachment);
        attachments = more;
        updatedAt = now;
    }

    /** Removes the file {@code id} while the content may change; the removed one, or 404 when there is none. */
    Attachment.Stored detach(UUID id, Instant now) {
        Attachment.Stored found = attachment(id);
        requireEditable();
        attachments = new ArrayList<>(attachments.stream().filter(a -> !a.id().equals(id)).toList());
        updatedAt = now;
        return found;
    }

    Attachment.Stored attachment(UUID id) {
        return attachments.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("ATTACHMENT_NOT_FOUND"));
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw ProblemException.conflict("RESULT_NOT_EDITABLE", title);
        }
    }

    void submit(Instant now) {
        enterSubmitted(next("submit"), now);
    }

    /**
     * The operator publishes it: the catalogue announces it to the market, with its rights (and, for consumers that
     * read only {@code patentNumbers}, the granted patents' ZL numbers). Contacts and 完成人 are personal data and stay
     * in the catalogue.
     */
    ResultPublished approve(Instant now) {
        enterPublished(next("approve"), now);
        List<String> zlNumbers = patents.stream().map(Patent::number)
                .filter(n -> Codes.PATENT_NUMBER.matcher(n).matches()).toList();
        return new ResultPublished(id, title, summary, industry, maturity, trl,
                transferModes.stream().map(TransferMode::valueOf).toList(), askingPrice, priceNegotiable,
                zlNumbers, holder.toParty(), regionCode, publishedAt, List.copyOf(patents), titleEn, summaryEn);
    }

    void reject(String reason, Instant now) {
        enterRejected(reason, now);
    }

    /** The holder takes it off the catalogue, with an optional {@code reason}. */
    ResultWithdrawn withdraw(String reason, Instant now) {
        enter(next("withdraw"), now);
        withdrawnAt = now;
        return new ResultWithdrawn(id, holder.uscc(), reason, withdrawnAt);
    }
}
