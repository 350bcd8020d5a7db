package gx.techmarket.directory.organisation;

import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class RegistrationPoints implements PanacheRepositoryBase<RegistrationPoint, String> {

    record Found(List<RegistrationPoint> items, long total) {}

    Optional<RegistrationPoint> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The open points in code order (南宁 0101 first). */
    Found open(Paging paging) {
        var found = find("open", Sort.by("code"), true);
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }
}
