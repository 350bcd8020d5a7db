package gx.techmarket.bidding.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An expert the directory's draw avoided, and why: {@code reason} ORGANISATION_AFFILIATED (its organisation is
 * {@code relation} to the party) or DECLARED_RELATION (it declared {@code declaredKind} with {@code declaredUscc}).
 */
@Embeddable
public class AvoidedExpert {

    @Column(name = "expert_id", nullable = false, length = 64)
    String expertId;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "organisation_uscc", length = 18)
    String organisationUscc;

    @Column(name = "party_uscc", nullable = false, length = 18)
    String partyUscc;

    @Column(nullable = false, length = 40)
    String reason;

    @Column(nullable = false, length = 20)
    String relation;

    @Column(name = "declared_uscc", length = 18)
    String declaredUscc;

    @Column(name = "declared_kind", length = 40)
    String declaredKind;

    protected AvoidedExpert() {
        // for Hibernate
    }

    AvoidedExpert(String expertId, String name, String organisationUscc, String partyUscc, String reason,
            String relation, String declaredUscc, String declaredKind) {
        this.expertId = expertId;
        this.name = name;
        this.organisationUscc = organisationUscc;
        this.partyUscc = partyUscc;
        this.reason = reason;
        this.relation = relation;
        this.declaredUscc = declaredUscc;
        this.declaredKind = declaredKind;
    }
}
