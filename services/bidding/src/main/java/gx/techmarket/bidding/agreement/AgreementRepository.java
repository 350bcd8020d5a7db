package gx.techmarket.bidding.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** The agreement of a challenge, if one was drafted. */
    Optional<Agreement> ofChallenge(UUID challengeId) {
        return find("challengeId", challengeId).firstResultOptional();
    }
}
