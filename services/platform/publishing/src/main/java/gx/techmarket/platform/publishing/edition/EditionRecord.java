package gx.techmarket.platform.publishing.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * An edition (期) of a catalogue: what was published for a month and a scope, frozen once made. Each service maps it
 * to its own table {@code edition} (an entity that extends this and adds nothing).
 */
@MappedSuperclass
public abstract class EditionRecord {

    @Id
    protected UUID id;

    @Column(nullable = false, length = 7)
    protected String period;

    @Column(nullable = false, length = 6)
    protected String scope;

    @Column(nullable = false, length = 200)
    protected String name;

    @Column(name = "item_count", nullable = false)
    protected int itemCount;

    @Column(name = "generated_at", nullable = false)
    protected Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 200)
    protected String generatedBy;

    @Column(name = "xlsx_sha256", nullable = false, length = 64)
    protected String xlsxSha256;

    @Column(name = "xlsx_size", nullable = false)
    protected int xlsxSize;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    protected String pdfSha256;

    @Column(name = "pdf_size", nullable = false)
    protected int pdfSize;

    protected EditionRecord() {}

    /** This (new) edition made of {@code files} for {@code key} by {@code by} at {@code now}. */
    void fill(EditionKey key, EditionBook.Files files, String by, Instant now) {
        id = UUID.randomUUID();
        period = key.periodText();
        scope = key.scope();
        name = files.name();
        itemCount = files.itemCount();
        generatedAt = now;
        generatedBy = by;
        xlsxSha256 = files.xlsxSha256();
        xlsxSize = files.xlsx().length;
        pdfSha256 = files.pdfSha256();
        pdfSize = files.pdf().length;
    }

    public UUID id() {
        return id;
    }

    public EditionKey key() {
        return new EditionKey(YearMonth.parse(period), scope);
    }
}
