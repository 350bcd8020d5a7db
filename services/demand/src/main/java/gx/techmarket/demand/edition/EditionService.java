package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.publishing.edition.EditionBook;
import gx.techmarket.platform.publishing.edition.EditionKey;
import gx.techmarket.platform.publishing.edition.EditionKind;
import gx.techmarket.platform.publishing.edition.Editions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The editions of the 企业技术需求目录 (the platform's {@link Editions}): made by an operator for a scope it runs, or
 * by the monthly job for the province and every city with a listed demand (published, deadline not past);
 * frozen once made; read by anyone.
 */
@ApplicationScoped
class EditionService extends Editions<Edition, EditionFile> {

    private final EditionRepository editions;

    EditionService(EditionRepository editions, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "techmarket.demand.portal-url") String portalUrl) {
        super(EditionKind.DEMANDS, Edition.class, EditionFile.class, "demand-edition", entityManager, clock,
                portalUrl);
        this.editions = editions;
    }

    @Override
    protected Edition newEdition() {
        return new Edition();
    }

    @Override
    protected EditionFile newFiles(UUID editionId, byte[] xlsx, byte[] pdf) {
        return new EditionFile(editionId, xlsx, pdf);
    }

    @Override
    protected List<Catalogue.Column> columns() {
        return DemandCatalogue.COLUMNS;
    }

    @Override
    protected List<EditionBook.Item> items(EditionKey key, LocalDate today, String portalUrl) {
        return editions.listed(key, today).stream().map(d -> DemandCatalogue.item(d, portalUrl)).toList();
    }
}
