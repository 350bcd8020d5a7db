package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.registry.filing.AssessRequest;
import gx.techmarket.registry.filing.FilingRequest;
import gx.techmarket.registry.filing.Precheck;
import gx.techmarket.registry.filing.PrecheckRequest;
import gx.techmarket.registry.registration.KnownPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Filing by the seller itself (any seller, any subtype), its edits before filing, 预审 and the registrar's 核定, each
 * one transaction. Who may see and decide a contract is {@link ContractService}'s rule, used as it is.
 */
@ApplicationScoped
class FilingService {

    private final ContractService service;
    private final ContractRepository contracts;
    private final Directory directory;
    private final Clock clock;

    FilingService(ContractService service, ContractRepository contracts, Directory directory, Clock clock) {
        this.service = service;
        this.contracts = contracts;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The caller's organisation files its own contract: as its seller, or, for a technology import, as its domestic
     * buyer with the foreign seller as counterparty. A draft with the whole filing; the counterparty from the
     * directory, declared from outside Guangxi, or foreign. The filer must be a Guangxi organisation: contracts are
     * registered where their seller (an import's buyer) is. No event: nobody else typed it, and the other party
     * hears of it on registration.
     */
    @Transactional
    ContractView file(Actor actor, FilingRequest request) {
        Party filer = actor.organisation();
        if (!filer.isInGuangxi()) {
            throw ProblemException.forbidden("FILER_OUTSIDE_GUANGXI", filer.name());
        }
        Parties parties = parties(filer, request);
        Contract contract = Contract.filed(UUID.randomUUID(), request, parties.seller(), parties.buyer(),
                parties.buyerExternal(), parties.intermediary(), actor.username(), now());
        contracts.persist(contract);
        return service.view(actor, contract);
    }

    /** The filer replaces its filing while it is a draft or returned for correction. */
    @Transactional
    ContractView edit(Actor actor, UUID id, FilingRequest request) {
        Contract contract = service.visible(actor, id);
        if (!contract.isFiler(actor.orgId())) {
            throw ProblemException.forbidden("NOT_CONTRACT_SELLER");
        }
        Parties parties = parties(actor.organisation(), request);
        contract.edit(request, parties.seller(), parties.buyer(), parties.buyerExternal(), parties.intermediary(),
                now());
        service.flush();
        return service.view(actor, contract);
    }

    private record Parties(Party seller, Party buyer, boolean buyerExternal, Party intermediary) {}

    /** The filer and its counterparty as seller and buyer (an import's filer buys), and the intermediary. */
    private Parties parties(Party filer, FilingRequest request) {
        FilingRequest.Counterparty named = request.counterparty();
        if (request.imported() && !named.declaredForeign()) {
            throw ProblemException.badRequest("IMPORT_SELLER_NOT_FOREIGN")
                    .withField("counterparty.foreign", "IMPORT_SELLER_NOT_FOREIGN");
        }
        Counterparty other = counterparty(filer, named);
        Party seller = request.imported() ? other.party() : filer;
        Party buyer = request.imported() ? filer : other.party();
        return new Parties(seller, buyer, other.external(), intermediary(request.intermediaryUscc(), seller, buyer));
    }

    /** 核定 by the registrar of the handling point. */
    @Transactional
    ContractView assess(Actor actor, UUID id, AssessRequest request) {
        KnownPoint point = service.registrationPointOf(actor);
        Contract contract = ContractService.decidable(service.visible(actor, id), point);
        List<NonTechnicalItem> items = request.nonTechnicalItems().stream()
                .map(i -> new NonTechnicalItem(i.category(), i.description().strip(), i.amount())).toList();
        AmountAssessment record = contract.assess(point, items, request.carrierList(), request.reason().strip(),
                actor.username(), now());
        contracts.getEntityManager().persist(record);
        service.flush();
        return service.view(actor, contract);
    }

    /** 预审 of what the caller is about to file; nothing is stored. */
    Precheck precheck(Actor actor, PrecheckRequest request) {
        return Precheck.of(request, actor.organisation().kind(), today());
    }

    /** 预审 of a contract the caller may read, as it stands. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Precheck precheck(Actor actor, UUID id) {
        Contract c = service.visible(actor, id);
        List<FilingRequest.Item> items = c.items().stream()
                .map(i -> new FilingRequest.Item(i.category(), i.description(), i.amount())).toList();
        PrecheckRequest request = new PrecheckRequest(c.subject != null ? c.subject : c.title,
                c.description != null ? c.description : c.title, null, c.contractType, c.totalContractAmount, items,
                c.signedOn, c.seller.kind(), c.inventorRewardShare, c.technologyImport);
        return Precheck.of(request, c.seller.kind(), today());
    }

    private record Counterparty(Party party, boolean external) {}

    /**
     * The buyer as the directory has it (verified; a suspended one cannot be named), or, unknown to it, a party the
     * filer declares from outside Guangxi with its name and region, recorded as declared (never subsidised).
     */
    private Counterparty counterparty(Party filer, FilingRequest.Counterparty named) {
        if (named.declaredForeign()) {
            return foreign(named);
        }
        if (named.uscc() == null) {
            throw ProblemException.badRequest("VALIDATION_FAILED")
                    .withField("counterparty.uscc", "COUNTERPARTY_USCC_REQUIRED");
        }
        if (named.uscc().equals(filer.uscc())) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("counterparty.uscc", "BUYER_IS_SELLER");
        }
        Optional<OrganisationFacts> known = directory.current(named.uscc());
        if (known.isPresent()) {
            return new Counterparty(ContractService.directoryBuyer(known.get(), "counterparty"), false);
        }
        return new Counterparty(ContractService.externalBuyer(named.uscc(), named.declaredExternal(), named.name(),
                named.region(), "counterparty"), true);
    }

    /**
     * A foreign party (a technology import's seller, an export's buyer): its name and its country as declared, no
     * USCC and no region; an enterprise, the kind the directory would not know.
     */
    private static Counterparty foreign(FilingRequest.Counterparty named) {
        if (named.name() == null) {
            throw ProblemException.badRequest("FOREIGN_PARTY_NAME_REQUIRED")
                    .withField("counterparty.name", "FOREIGN_PARTY_NAME_REQUIRED");
        }
        if (named.country() == null || Party.CHINA.equals(named.country())) {
            throw ProblemException.badRequest("FOREIGN_PARTY_COUNTRY_REQUIRED")
                    .withField("counterparty.country", "FOREIGN_PARTY_COUNTRY_REQUIRED");
        }
        return new Counterparty(Party.foreign(named.name().strip(), OrgKind.ENTERPRISE, named.country()), false);
    }

    /** The organisation that intermediated the deal: verified in the directory, neither seller nor buyer. */
    private Party intermediary(String uscc, Party seller, Party buyer) {
        if (uscc == null) {
            return null;
        }
        if (uscc.equals(seller.uscc()) || uscc.equals(buyer.uscc())) { // a foreign party's USCC is null
            throw ProblemException.badRequest("INTERMEDIARY_IS_PARTY")
                    .withField("intermediaryUscc", "INTERMEDIARY_IS_PARTY");
        }
        return directory.verifiedParty(uscc).orElseThrow(() -> ProblemException.badRequest(
                "INTERMEDIARY_NOT_IN_DIRECTORY", uscc).withField("intermediaryUscc", "INTERMEDIARY_NOT_IN_DIRECTORY"));
    }

    private Instant now() {
        return MarketClock.now(clock);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), MarketClock.CHINA);
    }
}
