package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.edition.EditionBook;
import gx.techmarket.platform.publishing.edition.EditionKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** An edition (期) of the 企业技术需求目录: what was published for a month and a scope, frozen once made. */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    UUID id;

    @Column(nullable = false, length = 7)
    String period;

    @Column(nullable = false, length = 6)
    String scope;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "item_count", nullable = false)
    int itemCount;

    @Column(name = "generated_at", nullable = false)
    Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 200)
    String generatedBy;

    @Column(name = "xlsx_sha256", nullable = false, length = 64)
    String xlsxSha256;

    @Column(name = "xlsx_size", nullable = false)
    int xlsxSize;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    String pdfSha256;

    @Column(name = "pdf_size", nullable = false)
    int pdfSize;

    protected Edition() {}

    static Edition of(EditionKey key, EditionBook.Files files, String by, Instant now) {
        Edition e = new Edition();
        e.id = UUID.randomUUID();
        e.period = key.periodText();
        e.scope = key.scope();
        e.name = files.name();
        e.itemCount = files.itemCount();
        e.generatedAt = now;
        e.generatedBy = by;
        e.xlsxSha256 = files.xlsxSha256();
        e.xlsxSize = files.xlsx().length;
        e.pdfSha256 = files.pdfSha256();
        e.pdfSize = files.pdf().length;
        return e;
    }

    EditionKey key() {
        return new EditionKey(YearMonth.parse(period), scope);
    }
}
