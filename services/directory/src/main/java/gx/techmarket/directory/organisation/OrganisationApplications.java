package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What onboarding (a newcomer's application, package onboarding) may do to the directory's organisations: enter one
 * as 申请中 with the facts its applicant gave, and have an admin verify it through the one verification path
 * (history, OrganisationVerified). Everything else about organisations stays with OrganisationService.
 */
@ApplicationScoped
public class OrganisationApplications {

    /** The facts an applicant gives about its organisation. */
    public record Facts(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc) {}

    private final Organisations organisations;
    private final OrganisationChanges changes;
    private final OrganisationService service;

    OrganisationApplications(Organisations organisations, OrganisationChanges changes, OrganisationService service) {
        this.organisations = organisations;
        this.changes = changes;
        this.service = service;
    }

    public Optional<OrganisationStatus> status(String uscc) {
        return organisations.byUscc(uscc).map(Organisation::status);
    }

    public Optional<Organisation> byUscc(String uscc) {
        return organisations.byUscc(uscc);
    }

    /**
     * Enters the organisation as 申请中, or, when it is already 申请中 (an earlier application was rejected, or an
     * admin entered it), takes the new application's facts. Its history says the applicant did it. The caller has
     * made sure it is not verified or suspended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterApplied(Facts f, String username, String displayName, Instant now) {
        if (f.parentUscc() != null) {
            service.checkParent(f.uscc(), f.parentUscc());
        }
        OrganisationChange.ChangedBy by = new OrganisationChange.ChangedBy(username, displayName, f.uscc());
        Optional<Organisation> held = organisations.byUscc(f.uscc());
        if (held.isEmpty()) {
            Organisation o = new Organisation(f.uscc(), f.name(), f.nameEn(), f.kind(), f.region(), f.parentUscc(),
                    now);
            organisations.persist(o);
            changes.persist(new OrganisationChange(o.uscc(), "apply", by, null, o.snapshot(), now));
            return;
        }
        Organisation o = held.get();
        Map<String, Object> before = o.snapshot();
        o.edit(new Organisation.Facts(f.name(), f.nameEn(), f.kind(), f.region(), f.parentUscc()), now);
        changes.persist(new OrganisationChange(o.uscc(), "apply", by, before, o.snapshot(), now));
    }

    /** 核验 by an admin of the organisation's sub-market: the same checks, history and events as any verification. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation verify(Actor admin, String uscc) {
        service.verify(admin, uscc);
        return organisations.byUscc(uscc).orElseThrow();
    }
}
