package gx.techmarket.directory.organisation;

import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OrganisationChanges implements PanacheRepositoryBase<OrganisationChange, UUID> {

    record Found(List<OrganisationChange> items, long total) {}

    /** An organisation's history, newest first. */
    Found of(String uscc, Paging paging) {
        var found = find("organisationUscc", Sort.descending("seq"), uscc);
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }
}
