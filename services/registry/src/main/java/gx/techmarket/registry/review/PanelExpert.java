package gx.techmarket.registry.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A drawn expert as the directory named it at the draw. */
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

    PanelExpert(DirectoryResource.Drawn d) {
        expertId = d.expertId();
        name = d.name();
        organisationUscc = d.organisation() == null ? null : d.organisation().uscc();
        organisationName = d.organisation() == null ? null : d.organisation().name();
    }
}
