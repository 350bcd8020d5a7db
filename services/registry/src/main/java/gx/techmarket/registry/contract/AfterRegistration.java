package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.organisations.RegistrationPointFacts;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.registry.registration.KnownPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What follows a registration (issue 15, ADR 0024), as the certificate, amendment and objection features use it: the
 * facts a certificate states and who may have them, the public verification by number and code, and the 异议 on a
 * decision. Each use case one transaction, each checking who may do it, by the rules of {@link ContractService}.
 */
@ApplicationScoped
public class AfterRegistration {

    private final ContractService service;
    private final ContractRepository contracts;
    private final Directory directory;
    private final ContractAmendments amendments;
    private final Outbox outbox;

    AfterRegistration(ContractService service, ContractRepository contracts, Directory directory,
            ContractAmendments amendments, Outbox outbox) {
        this.service = service;
        this.contracts = contracts;
        this.directory = directory;
        this.amendments = amendments;
        this.outbox = outbox;
    }

    /**
     * The certificate's facts for a caller who may download it: the contract's parties, registrars of the registering
     * point, admins operating the contract. Others who may read the contract (registrars of other points) are refused
     * 403; those who may not read it get 404; a contract never registered has no certificate (409).
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public RegistrationRecord certificate(Actor actor, UUID id) {
        Contract contract = service.visible(actor, id);
        if (contract.verificationCode == null) {
            throw ProblemException.conflict("CERTIFICATE_NOT_ISSUED");
        }
        if (!ContractActions.mayReadCertificate(contract, actor, service.decidingPointOf(actor))) {
            throw ProblemException.forbidden("NOT_REGISTERING_POINT");
        }
        return record(contract);
    }

    /**
     * The public verification: the registration with this number, if {@code code} is its verification code. A wrong
     * code and an unknown number are the same answer (empty), and the code is compared in constant time, so neither
     * numbers nor codes can be probed.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public Optional<RegistrationRecord> verify(String registrationNumber, String code) {
        return contracts.find("registrationNumber", registrationNumber).firstResultOptional()
                .filter(c -> c.verificationCode != null && MessageDigest.isEqual(
                        c.verificationCode.getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII)))
                .map(this::record);
    }

    /**
     * 异议 by a party of the contract (as university, enterprise or broker) or an admin operating it (the tax or
     * finance authority), on a registered, amended or refused contract.
     */
    @Transactional
    public ContractView raiseObjection(Actor actor, UUID id, String grounds) {
        Contract contract = service.visible(actor, contracts.lockedById(id), id);
        ContractObjection.RaisedAs as;
        if (ContractActions.mayObjectAsParty(contract, actor)) {
            as = ContractObjection.RaisedAs.PARTY;
        } else if (ContractService.operates(actor, contract)) {
            as = ContractObjection.RaisedAs.AUTHORITY;
        } else {
            throw ProblemException.forbidden("NOT_ENTITLED_TO_OBJECT");
        }
        contract.raiseObjection(UUID.randomUUID(), actor.organisation(), as, grounds.strip(), actor.username(),
                service.now());
        service.flush();
        return service.view(actor, contract);
    }

    /** The registering point decides an open objection: UPHELD or DISMISSED, with its explanation. */
    @Transactional
    public ContractView resolveObjection(Actor actor, UUID id, UUID objectionId, ContractObjection.Outcome outcome,
            String explanation) {
        KnownPoint point = service.registrationPointOf(actor);
        Contract contract = service.visible(actor, contracts.lockedById(id), id);
        contract.resolveObjection(objectionId, point, outcome, explanation.strip(), actor.username(), service.now());
        service.flush();
        return service.view(actor, contract, Optional.of(point));
    }

    /**
     * 变更登记 by the registering point: the amounts, the items and/or the buyer (from the directory, verified) as
     * given, the 技术交易额 derived again, the number kept; the amendment recorded with the facts before and after,
     * and {@code ContractAmended} (every fact as it now stands) in the same transaction.
     *
     * @param total    the new 成交总额, null when unchanged
     * @param items    the new non-technical items, null when unchanged
     * @param buyerUscc the new buyer's USCC, null when unchanged
     */
    @Transactional
    public ContractView amend(Actor actor, UUID id, BigDecimal total, List<NonTechnicalItem> items, String buyerUscc,
            String reason) {
        KnownPoint point = service.registrationPointOf(actor);
        Contract contract = service.visible(actor, contracts.lockedById(id), id);
        // the state and the point first: an amendment that cannot be made now is refused whatever it says
        ContractStatus.LIFECYCLE.apply("amend", contract.status);
        if (!contract.isRegisteredAt(point)) {
            throw ProblemException.forbidden("NOT_REGISTERING_POINT");
        }
        Party buyer = buyerUscc == null ? null : directoryBuyer(buyerUscc);
        RegisteredFacts before = contract.registeredFacts();
        Instant now = service.now();
        ContractAmended amended = contract.amend(point, total, items, buyer, reason.strip(), now);
        service.flush();
        amendments.record(contract.id(), amended.amendmentNumber(), amended.reason(), before,
                contract.registeredFacts(), point.uscc(), actor.username(), now);
        outbox.publish(amended);
        return service.view(actor, contract, Optional.of(point));
    }

    /** 注销登记 by the registering point, final, with {@code ContractDeregistered} in the same transaction. */
    @Transactional
    public ContractView deregister(Actor actor, UUID id, DeregistrationReason reason, String explanation) {
        KnownPoint point = service.registrationPointOf(actor);
        Contract contract = service.visible(actor, contracts.lockedById(id), id);
        ContractDeregistered deregistered = contract.deregister(point, reason, explanation.strip(), service.now());
        service.flush();
        outbox.publish(deregistered);
        return service.view(actor, contract, Optional.of(point));
    }

    /** The contract's amendments with the facts before and after each, to whoever may read the contract. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public List<ContractAmendments.Amendment> amendments(Actor actor, UUID id) {
        return amendments.of(service.visible(actor, id).id());
    }

    /**
     * The new buyer as the directory has it now: known and verified (the codes of a brokered draft's buyer). An
     * external party cannot be named by an amendment: who the buyer is must be verifiable.
     */
    private Party directoryBuyer(String uscc) {
        OrganisationFacts facts = directory.current(uscc).orElseThrow(
                () -> ProblemException.badRequest("BUYER_NOT_IN_DIRECTORY", uscc)
                        .withField("buyer.uscc", "BUYER_NOT_IN_DIRECTORY"));
        if (!facts.verified()) {
            throw ProblemException.conflict("BUYER_SUSPENDED", facts.name()).withField("buyer.uscc", "BUYER_SUSPENDED");
        }
        return facts.party();
    }

    /** The point's name as recorded on registration, else (registered before it was recorded) the directory's. */
    private RegistrationRecord record(Contract contract) {
        String pointName = contract.registrationPointName != null ? contract.registrationPointName
                : directory.registrationPoint(contract.registrationPointUscc).map(RegistrationPointFacts::name)
                        .orElse(contract.registrationPointUscc);
        return RegistrationRecord.of(contract, pointName);
    }
}
