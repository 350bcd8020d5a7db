package gx.techmarket.subsidy.entitlement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class IneligibilityRepository implements PanacheRepositoryBase<Ineligibility, UUID> {

    boolean exists(UUID contractId, String programmeCode) {
        return count("contractId = ?1 and programmeCode = ?2", contractId, programmeCode) > 0;
    }

    List<Ineligibility> ofContract(UUID contractId) {
        return list("contractId = ?1", Sort.ascending("programmeCode"), contractId);
    }
}
