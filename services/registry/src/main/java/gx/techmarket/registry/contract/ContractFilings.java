package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.problems.Term;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.registry.attachment.Filing;
import gx.techmarket.registry.attachment.Filings;
import gx.techmarket.registry.registration.RegistrationPoints;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who may read and change a contract's documents, by the contract's own rules: they are read by those the filing is
 * shown to as a filing (its parties, and registrars of an open point once filed; not operators), and changed by the
 * filer's organisation while the contract is a draft or returned for correction.
 */
@ApplicationScoped
class ContractFilings implements Filings {

    /** The states in which the filer prepares the filing: before it is filed, and when it is returned. */
    static final Set<ContractStatus> EDITABLE = Set.of(ContractStatus.DRAFT, ContractStatus.NEEDS_CORRECTION);

    private final ContractRepository contracts;
    private final RegistrationPoints points;
    /** Experts read the documents of what they were drawn to review, known by their own bearer token. */
    @jakarta.inject.Inject
    ContractService service;
    @jakarta.inject.Inject
    org.eclipse.microprofile.jwt.JsonWebToken token;

    ContractFilings(ContractRepository contracts, RegistrationPoints points) {
        this.contracts = contracts;
        this.points = points;
    }

    @Override
    public Filing readable(Actor actor, UUID id) {
        return filing(readable(actor, contracts.findById(id)), actor);
    }

    @Override
    public Filing changeable(Actor actor, UUID id) {
        Contract contract = readable(actor, contracts.lockedById(id));
        if (!isFiler(actor, contract)) {
            throw ProblemException.forbidden("NOT_CONTRACT_FILER");
        }
        if (!EDITABLE.contains(contract.status)) {
            throw ProblemException.conflict("ATTACHMENTS_NOT_EDITABLE", Term.state("Contract", contract.status));
        }
        return filing(contract, actor);
    }

    private Contract readable(Actor actor, Contract contract) {
        if (contract == null || !(contract.isParty(actor.orgId()) || (actor.has(Role.REGISTRAR)
                && ContractStatus.FILED.contains(contract.status) && points.find(actor.orgId()).isPresent())
                || (actor.has(Role.EXPERT) && service.drawnToReview(token.getRawToken(), contract.id())))) {
            throw ProblemException.notFound("CONTRACT_NOT_FOUND");
        }
        return contract;
    }

    /**
     * The filer: a user of the seller's organisation (a technology import's buyer's) in a role that files (never a
     * registrar's).
     */
    private static boolean isFiler(Actor actor, Contract contract) {
        return (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE) || actor.has(Role.BROKER))
                && contract.isFiler(actor.orgId());
    }

    private static Filing filing(Contract contract, Actor actor) {
        return new Filing(contract.id(), contract.contractType, contract.technologyImport,
                isFiler(actor, contract) && EDITABLE.contains(contract.status));
    }
}
