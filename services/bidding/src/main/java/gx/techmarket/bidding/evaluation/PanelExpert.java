package gx.techmarket.bidding.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An expert the directory drew for the panel, as its record named them. */
@Embeddable
public class PanelExpert {

    @Column(name = "expert_id", nullable = false, length = 64)
    String expertId;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "organisation_uscc", length = 18)
    String organisationUscc;

    @Column(name = "organisation_name", length = 200)
    String organisationName;

    protected PanelExpert() {
        // for Hibernate
    }

    PanelExpert(String expertId, String name, String organisationUscc, String organisationName) {
        this.expertId = expertId;
        this.name = name;
        this.organisationUscc = organisationUscc;
        this.organisationName = organisationName;
    }
}
