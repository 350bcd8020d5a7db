package gx.techmarket.directory.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicationDocuments implements PanacheRepositoryBase<ApplicationDocument, UUID> {

    /** A document without its bytes. */
    record Listed(UUID id, String fileName, String contentType, int size, String sha256) {}

    List<Listed> of(UUID applicationId) {
        return getEntityManager().createQuery("""
                select new gx.techmarket.directory.onboarding.ApplicationDocuments$Listed(
                    d.id, d.fileName, d.contentType, d.size, d.sha256)
                from ApplicationDocument d where d.applicationId = :id order by d.position""", Listed.class)
                .setParameter("id", applicationId).getResultList();
    }
}
