package gx.techmarket.directory.onboarding;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A supporting document of an application (营业执照, 事业单位法人证书 …): its bytes, their type and digest. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    UUID id;

    @Column(name = "application_id", nullable = false)
    UUID applicationId;

    @Column(nullable = false)
    int position;

    @Column(name = "file_name", nullable = false, length = 200)
    String fileName;

    @Column(name = "content_type", nullable = false, length = 20)
    String contentType;

    @Column(nullable = false)
    int size;

    @Column(nullable = false, length = 64)
    String sha256;

    /** Read only when the document itself is asked for, never with the list. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    byte[] content;

    protected ApplicationDocument() {
        // for Hibernate
    }

    ApplicationDocument(UUID applicationId, int position, Documents.Checked checked) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.position = position;
        this.fileName = checked.fileName();
        this.contentType = checked.contentType();
        this.size = checked.content().length;
        this.sha256 = checked.sha256();
        this.content = checked.content();
    }
}
