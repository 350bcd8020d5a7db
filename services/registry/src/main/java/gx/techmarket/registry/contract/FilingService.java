package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.regions.GbT2260;
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
     * The caller's organisation files its own contract as its seller: a draft with the whole filing, the buyer from
     * the directory (or declared from outside Guangxi). The filer must be a Guangxi organisation: contracts are
     * registered where their seller is. No event: nobody else typed it, and the buyer hears of it on registration.
     */
    @Transactional
    ContractView file(Actor actor, FilingRequest request) {
        Party seller = actor.organisation();
        if (!seller.isInGuangxi()) {
            throw ProblemException.forbidden("FILER_OUTSIDE_GUANGXI", seller.name());
        }
        Counterparty buyer = counterparty(seller, request.counterparty());
        Party intermediary = intermediary(request.intermediaryUscc(), seller, buyer.party());
        Contract contract = Contract.filed(UUID.randomUUID(), request, seller, buyer.party(), buyer.external(),
                intermediary, actor.username(), now());
        contracts.persist(contract);
        return service.view(actor, contract);
    }

    /** The filer replaces its filing while it is a draft or returned for correction. */
    @Transactional
    ContractView edit(Actor actor, UUID id, FilingRequest request) {
        Contract contract = service.visible(actor, id);
        if (!contract.isSeller(actor.orgId())) {
            throw ProblemException.forbidden("NOT_CONTRACT_SELLER");
        }
        Party seller = contract.seller.toParty();
        Counterparty buyer = counterparty(seller, request.counterparty());
        Party intermediary = intermediary(request.intermediaryUscc(), seller, buyer.party());
        contract.edit(request, buyer.party(), buyer.external(), intermediary, now());
        service.flush();
        return service.view(actor, contract);
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
                c.signedOn, c.seller.kind(), c.inventorRewardShare);
        return Precheck.of(request, c.seller.kind(), today());
    }

    private record Counterparty(Party party, boolean external) {}

    /**
     * The buyer as the directory has it (verified; a suspended one cannot be named), or, unknown to it, a party the
     * filer declares from outside Guangxi with its name and region, recorded as declared (never subsidised).
     */
    private Counterparty counterparty(Party seller, FilingRequest.Counterparty named) {
        if (named.uscc().equals(seller.uscc())) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("counterparty.uscc", "BUYER_IS_SELLER");
        }
        Optional<OrganisationFacts> known = directory.current(named.uscc());
        if (known.isPresent()) {
            if (!known.get().verified()) {
                throw ProblemException.conflict("BUYER_SUSPENDED", known.get().name())
                        .withField("counterparty.uscc", "BUYER_SUSPENDED");
            }
            return new Counterparty(known.get().party(), false);
        }
        if (!named.declaredExternal()) {
            throw ProblemException.badRequest("BUYER_NOT_IN_DIRECTORY", named.uscc())
                    .withField("counterparty.uscc", "BUYER_NOT_IN_DIRECTORY");
        }
        if (named.name() == null) {
            throw ProblemException.badRequest("EXTERNAL_BUYER_NAME_REQUIRED")
                    .withField("counterparty.name", "EXTERNAL_BUYER_NAME_REQUIRED");
        }
        if (named.region() == null || GbT2260.isInGuangxi(named.region())) {
            throw named.region() == null
                    ? ProblemException.badRequest("EXTERNAL_BUYER_REGION_REQUIRED")
                            .withField("counterparty.region", "EXTERNAL_BUYER_REGION_REQUIRED")
                    : ProblemException.badRequest("EXTERNAL_BUYER_IN_GUANGXI", named.region())
                            .withField("counterparty.region", "EXTERNAL_BUYER_IN_GUANGXI");
        }
        return new Counterparty(new Party(named.uscc(), named.name().strip(), OrgKind.ENTERPRISE, named.region(),
                null), true);
    }

    /** The organisation that intermediated the deal: verified in the directory, neither seller nor buyer. */
    private Party intermediary(String uscc, Party seller, Party buyer) {
        if (uscc == null) {
            return null;
        }
        if (uscc.equals(seller.uscc()) || uscc.equals(buyer.uscc())) {
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
