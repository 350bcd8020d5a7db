package gx.techmarket.directory.onboarding;

import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Applications implements PanacheRepositoryBase<Application, UUID> {

    record Found(List<Application> items, long total) {}

    Optional<Application> pendingFor(String uscc) {
        return find("uscc = ?1 and status = ?2", uscc, ApplicationStatus.PENDING).firstResultOptional();
    }

    Optional<Application> pendingBy(String applicantId) {
        return find("applicantId = ?1 and status = ?2", applicantId, ApplicationStatus.PENDING).firstResultOptional();
    }

    List<Application> by(String applicantId) {
        return list("applicantId", Sort.by("filedAt").descending(), applicantId);
    }

    /** The applications of a sub-market in one status, oldest first: the queue is worked in the order filed. */
    Found queue(SubMarket operated, ApplicationStatus status, Paging paging) {
        String where = "status = :status and region like :prefix";
        Parameters params = Parameters.with("status", status).and("prefix", operated.prefix() + "%");
        if (operated.isProvince()) {
            where = "status = :status"; // the province also operates the organisations outside Guangxi
            params = Parameters.with("status", status);
        }
        var query = find(where, Sort.by("filedAt").and("id"), params);
        return new Found(query.page(paging.page(), paging.size()).list(), query.count());
    }
}
