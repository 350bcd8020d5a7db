package gx.techmarket.subsidy.programme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TermsVersionRepository implements PanacheRepositoryBase<TermsVersion, UUID> {

    /** Every version of the programme-year's terms, oldest first. */
    List<TermsVersion> of(String code, int year) {
        return list("programmeCode = ?1 and budgetYear = ?2 order by version", code, year);
    }

    /** Every version of every programme of {@code year}, by programme and version. */
    List<TermsVersion> ofYear(int year) {
        return list("budgetYear = ?1 order by programmeCode, version", year);
    }

    Optional<TermsVersion> find(String code, int year, int version) {
        return find("programmeCode = ?1 and budgetYear = ?2 and version = ?3", code, year, version)
                .firstResultOptional();
    }
}
