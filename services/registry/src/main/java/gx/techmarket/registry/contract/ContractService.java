package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.registry.attachment.ContractDocuments;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationPoints;
import gx.techmarket.registry.result.PublishedResult;
import gx.techmarket.registry.result.PublishedResults;
import gx.techmarket.registry.demand.PublishedDemand;
import gx.techmarket.registry.demand.PublishedDemands;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.registry.calendar.Calendars;
import gx.techmarket.registry.calendar.DeadlineView;
import gx.techmarket.registry.calendar.WorkingCalendar;
import gx.techmarket.registry.review.DirectoryResource;
import gx.techmarket.registry.review.DirectoryReviews;
import gx.techmarket.registry.review.ReviewPanel;
import gx.techmarket.registry.review.ReviewRules;
import gx.techmarket.registry.review.Reviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The registry's use cases, each one transaction, each checking who may do it to which contract. */
@ApplicationScoped
class ContractService {

    private static final Logger LOG = Logger.getLogger(ContractService.class);
    private static final int TITLE_MAX = 200;

    private final ContractRepository contracts;
    private final PublishedResults results;
    private final PublishedDemands demands;
    private final RegistrationPoints points;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    ContractService(ContractRepository contracts, PublishedResults results, PublishedDemands demands,
            RegistrationPoints points, Directory directory, Outbox outbox, Clock clock) {
        this.contracts = contracts;
        this.results = results;
        this.demands = demands;
        this.points = points;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The documents attached to filings (申请材料): a filing must carry those its type requires. */
    @Inject
    ContractDocuments documents;

    /**
     * A signed 揭榜协议 becomes a draft contract between its seller and buyer, of the type the parties agreed
     * (技术开发（委托） for a 技术攻关类 challenge; 转让, 许可 or 开发 for a 成果转化类 one). One contract per challenge,
     * however often the agreement is delivered. The award itself drafts nothing: the terms come with the agreement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAgreement(AgreementSigned agreement) {
        if (contracts.existsForChallenge(agreement.challengeId())) {
            return;
        }
        Contract contract = Contract.fromAgreement(UUID.randomUUID(), agreement, agreementTitle(agreement), now());
        contracts.persist(contract);
        outbox.publish(contract.drafted());
    }

    /**
     * 技术攻关类: 《<demander>揭榜挂帅技术攻关项目技术开发（委托）合同》; 成果转化类: 《<challenge title>揭榜挂帅成果转化项目
     * 技术转让/许可/开发合同》.
     */
    static String agreementTitle(AgreementSigned agreement) {
        if (agreement.kind() == ChallengeKind.TECHNOLOGY_BREAKTHROUGH) {
            return clip(agreement.buyer().name() + "揭榜挂帅技术攻关项目技术开发（委托）合同");
        }
        String kind = switch (agreement.contractType().category()) {
            case TRANSFER -> "技术转让合同";
            case LICENSE -> "技术许可合同";
            default -> "技术开发合同";
        };
        return clip(agreement.title().strip() + "揭榜挂帅成果转化项目" + kind);
    }

    /** A published result the registry knows, with {@code brokered} among its actions when the caller may draft. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    BrokerableResultView brokerable(Actor actor, UUID resultId) {
        PublishedResult result = results.find(resultId)
                .orElseThrow(() -> ProblemException.notFound("RESULT_NOT_KNOWN"));
        return BrokerableResultView.of(result, mayBroker(actor, result) ? List.of("brokered") : List.of());
    }

    /**
     * Whether {@code actor} may draft a brokered contract on {@code result}, as far as it depends on the result and
     * the broker (the buyer is checked when the request names it): a broker of an organisation other than the
     * holder's, on a result still listed that offers a transfer or a licence.
     */
    static boolean mayBroker(Actor actor, PublishedResult result) {
        return actor.has(Role.BROKER) && !result.withdrawn() && !actor.belongsTo(result.holder().uscc())
                && (result.transferModes().contains("TRANSFER") || result.transferModes().contains("LICENSE"));
    }

    @Transactional
    ContractView draftBrokered(Actor actor, BrokeredContractRequest request) {
        PublishedResult result = results.find(request.resultId()).orElseThrow(
                () -> ProblemException.notFound("RESULT_NOT_KNOWN").withField("resultId", "RESULT_NOT_KNOWN"));
        if (result.withdrawn()) {
            throw ProblemException.conflict("RESULT_WITHDRAWN", result.title())
                    .withField("resultId", "RESULT_WITHDRAWN");
        }
        ContractCategory category = request.contractType().category();
        if (category != ContractCategory.TRANSFER && category != ContractCategory.LICENSE) {
            throw ProblemException.badRequest("CONTRACT_TYPE_NOT_TRANSFER_OR_LICENSE", request.contractType().name())
                    .withField("contractType", "CONTRACT_TYPE_NOT_TRANSFER_OR_LICENSE");
        }
        String mode = category == ContractCategory.TRANSFER ? "TRANSFER" : "LICENSE";
        if (!result.transferModes().contains(mode)) {
            throw ProblemException.conflict("TRANSFER_MODE_NOT_OFFERED", mode)
                    .withField("contractType", "TRANSFER_MODE_NOT_OFFERED");
        }
        // the seller as the directory knows it now, not as the catalogue's event carried it
        Party holder = directory.verifiedParty(result.holder().uscc()).orElseThrow(
                () -> ProblemException.conflict("SELLER_NOT_VERIFIED", result.holder().name())
                        .withField("resultId", "SELLER_NOT_VERIFIED"));
        BrokeredContractRequest.Buyer named = request.buyer();
        if (named.uscc().equals(holder.uscc())) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("buyer.uscc", "BUYER_IS_SELLER");
        }
        Optional<OrganisationFacts> known = directory.current(named.uscc());
        boolean external = known.isEmpty() && named.declaredExternal();
        Party buyer = known.isPresent() ? directoryBuyer(known.get(), "buyer")
                : externalBuyer(named.uscc(), named.declaredExternal(), named.name(), named.region(), "buyer");
        if (actor.belongsTo(holder.uscc()) || actor.belongsTo(buyer.uscc())) {
            // the broker's own organisation named as buyer, or holding the result named
            throw ProblemException.badRequest("BROKER_IS_PARTY")
                    .withField(actor.belongsTo(buyer.uscc()) ? "buyer.uscc" : "resultId", "BROKER_IS_PARTY");
        }
        PublishedDemand demand = request.demandId() == null ? null : answeredDemand(request.demandId(), buyer);
        String title = request.title() != null ? request.title().strip() : defaultBrokeredTitle(result.title(), category);
        Contract contract = Contract.brokered(UUID.randomUUID(), result.id(), result.industry(), title,
                request.contractType(), holder,
                buyer, external, actor.organisation(), result.askingPrice(), actor.username(), actor.userId(), now());
        if (demand != null) {
            contract.answers(demand.id());
        }
        contracts.persist(contract);
        outbox.publish(contract.drafted());
        return view(actor, contract);
    }

    /**
     * The published demand a brokered draft answers: one the registry knows from {@code demand.demands.v1} (else 404
     * {@code DEMAND_NOT_KNOWN}), posted by the buyer (else 400 {@code DEMAND_NOT_OF_BUYER}) and still taking answers:
     * not closed, expired or matched, its deadline not past (else 409 {@code DEMAND_NOT_OPEN}). Each on field
     * {@code demandId}.
     */
    private PublishedDemand answeredDemand(UUID demandId, Party buyer) {
        PublishedDemand demand = demands.find(demandId).orElseThrow(
                () -> ProblemException.notFound("DEMAND_NOT_KNOWN").withField("demandId", "DEMAND_NOT_KNOWN"));
        if (!demand.demanderUscc().equals(buyer.uscc())) {
            throw ProblemException.badRequest("DEMAND_NOT_OF_BUYER", demand.title())
                    .withField("demandId", "DEMAND_NOT_OF_BUYER");
        }
        if (!demand.isOpen(today())) {
            throw ProblemException.conflict("DEMAND_NOT_OPEN", demand.title())
                    .withField("demandId", "DEMAND_NOT_OPEN");
        }
        return demand;
    }

    /**
     * A buyer the directory knows: its current facts if verified; a suspended one cannot be named. A declaration of
     * {@code external} is no way around the directory: a known organisation is always taken as the directory has it.
     */
    static Party directoryBuyer(OrganisationFacts facts, String field) {
        if (!facts.verified()) {
            throw ProblemException.conflict("BUYER_SUSPENDED", facts.name())
                    .withField(field + ".uscc", "BUYER_SUSPENDED");
        }
        return facts.party();
    }

    /**
     * A buyer the directory does not know: refused, unless the broker declares it an out-of-province party with its
     * name and a region outside Guangxi. It is recorded as declared, as an enterprise without a parent, flagged
     * external (unverified), and never subsidised. The problems name the fields under {@code field} (the brokered
     * draft's {@code buyer}, a filing's {@code counterparty}).
     */
    static Party externalBuyer(String uscc, boolean declaredExternal, String name, String region, String field) {
        if (!declaredExternal) {
            throw ProblemException.badRequest("BUYER_NOT_IN_DIRECTORY", uscc)
                    .withField(field + ".uscc", "BUYER_NOT_IN_DIRECTORY");
        }
        if (name == null) {
            throw ProblemException.badRequest("EXTERNAL_BUYER_NAME_REQUIRED")
                    .withField(field + ".name", "EXTERNAL_BUYER_NAME_REQUIRED");
        }
        if (region == null) {
            throw ProblemException.badRequest("EXTERNAL_BUYER_REGION_REQUIRED")
                    .withField(field + ".region", "EXTERNAL_BUYER_REGION_REQUIRED");
        }
        if (GbT2260.isInGuangxi(region)) {
            // a Guangxi organisation must be verified in the directory to be named: typing its region is no substitute
            throw ProblemException.badRequest("EXTERNAL_BUYER_IN_GUANGXI", region)
                    .withField(field + ".region", "EXTERNAL_BUYER_IN_GUANGXI");
        }
        return new Party(uscc, name.strip(), OrgKind.ENTERPRISE, region, null);
    }

    @Transactional
    ContractView submit(Actor actor, UUID id, SubmitRequest request) {
        return submit(actor, id, request, Contract::submit);
    }

    private ContractView submit(Actor actor, UUID id, SubmitRequest request, Filing filing) {
        Contract contract = visible(actor, id);
        if (!contract.isFiler(actor.orgId())) {
            throw ProblemException.forbidden("NOT_CONTRACT_SELLER");
        }
        List<NonTechnicalItem> items = request.nonTechnicalItems() == null ? List.of()
                : request.nonTechnicalItems().stream()
                        .map(i -> new NonTechnicalItem(i.category(), i.description().strip(), i.amount())).toList();
        filing.file(contract, request.title() == null ? null : request.title().strip(), request.totalContractAmount(),
                items, request.signedOn(), now());
        contract.stateTechnicalField(request.technicalField());
        flush(); // a concurrent change is a 409 here, before the document check's queries would flush it
        documents.requireComplete(contract.id(), contract.contractType, contract.technologyImport);
        flush();
        return view(actor, contract);
    }

    @Transactional
    ContractView accept(Actor actor, UUID id) {
        KnownPoint point = registrationPointOf(actor);
        Contract contract = visible(actor, id);
        if (!ContractActions.covers(point, contract)) {
            // checked after the state would be: a filing that cannot be accepted anyway says so first
            contract.checkMove("accept");
            throw ProblemException.forbidden("NOT_FILER_LOCATION");
        }
        contract.accept(point, now());
        flush();
        return view(actor, contract, Optional.of(point));
    }

    @Transactional
    ContractView returnForCorrection(Actor actor, UUID id, List<String> reasons) {
        KnownPoint point = registrationPointOf(actor);
        Contract contract = decidable(visible(actor, id), point);
        ContractReturned returned =
                contract.returnForCorrection(point, reasons.stream().map(String::strip).toList(), now());
        flush();
        outbox.publish(returned);
        return view(actor, contract, Optional.of(point));
    }

    /**
     * Registers an accepted contract: the amounts, the rule set in force and the next number of the point, and
     * {@code ContractRegistered} in the same transaction. The contract row is locked first, so a second
     * registration of it waits and then finds it registered; the point's counter row is locked by the number.
     */
    @Transactional
    ContractView register(Actor actor, UUID id) {
        KnownPoint point = registrationPointOf(actor);
        Contract contract = decidable(visible(actor, contracts.lockedById(id), id), point);
        contract.checkMove("register");
        checkRegistrable(contract);
        ContractRegistered registered = contract.register(point, day -> points.issue(point, day), now());
        contract.issueCertificate(point, VerificationCodes.next());
        flush();
        outbox.publish(registered);
        return view(actor, contract, Optional.of(point));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ContractView get(Actor actor, UUID id) {
        return view(actor, visible(actor, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ContractView> mine(Actor actor, ContractStatus status, ContractOrder order, Paging paging) {
        Optional<KnownPoint> point = decidingPointOf(actor);
        WorkingCalendar calendar = calendars.current();
        return contracts.ofParty(actor.orgId(), status, order, paging).map(c -> view(actor, c, point, calendar));
    }


    ContractView view(Actor actor, Contract contract) {
        return view(actor, contract, decidingPointOf(actor));
    }

    /** The point the caller decides for: only registrars do, so nobody else costs a look-up. */
    Optional<KnownPoint> decidingPointOf(Actor actor) {
        return actor.has(Role.REGISTRAR) ? points.find(actor.orgId()) : Optional.empty();
    }

    ContractView view(Actor actor, Contract contract, Optional<KnownPoint> point) {
        return view(actor, contract, point, contract.clockRuns() ? calendars.current() : null);
    }

    Contract visible(Actor actor, UUID id) {
        return visible(actor, contracts.findById(id), id);
    }

    /**
     * A contract the caller may see: its seller, buyer and intermediary organisations; registrars of an open
     * registration point once it has been filed; operators (admins) whose sub-market covers the seller's, the buyer's
     * or the accepting point's region. Anyone else is told it does not exist.
     */
    Contract visible(Actor actor, Contract contract, UUID id) {
        if (contract == null || !(contract.isParty(actor.orgId()) || operates(actor, contract)
                || (actor.has(Role.REGISTRAR) && ContractStatus.FILED.contains(contract.status)
                        && points.find(actor.orgId()).isPresent()))) {
            throw ProblemException.notFound("CONTRACT_NOT_FOUND");
        }
        return contract;
    }

    /** Whether {@code actor} is an admin whose sub-market the contract is in. */
    static boolean operates(Actor actor, Contract contract) {
        return actor.has(Role.ADMIN) && contract.regions().stream().anyMatch(actor::operates);
    }

    KnownPoint registrationPointOf(Actor actor) {
        return points.find(actor.orgId())
                .orElseThrow(() -> ProblemException.forbidden("NOT_A_REGISTRATION_POINT"));
    }

    static Contract decidable(Contract contract, KnownPoint point) {
        if (!contract.isDecidedBy(point)) {
            throw ProblemException.forbidden("NOT_HANDLING_POINT");
        }
        return contract;
    }

    void flush() {
        try {
            contracts.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION");
        }
    }

    private static String clip(String title) {
        return title.codePointCount(0, title.length()) <= TITLE_MAX ? title
                : title.substring(0, title.offsetByCodePoints(0, TITLE_MAX));
    }

    Instant now() {
        return MarketClock.now(clock);
    }

    /**
     * 《<result>技术转让合同》 / 《…技术许可合同》, without doubling 技术 when the result's title already ends with it
     * (“…成套技术” gives “…成套技术转让合同”).
     */
    static String defaultBrokeredTitle(String resultTitle, ContractCategory category) {
        String kind = category == ContractCategory.TRANSFER ? "转让合同" : "许可合同";
        String base = resultTitle.strip();
        return clip(base.endsWith("技术") ? base + kind : base + "技术" + kind);
    }


    // ---- review, refusal, correction and deadlines (issue 15)

    @Inject
    Calendars calendars;

    @Inject
    Reviews reviews;

    @Inject
    DirectoryReviews directoryReviews;

    /** The seller files its correction: back to the point that returned it, whose clock starts again. */
    @Transactional
    ContractView resubmit(Actor actor, UUID id, SubmitRequest request) {
        return submit(actor, id, request, Contract::resubmit);
    }

    /** How a filing is made of a request: {@link Contract#submit} or {@link Contract#resubmit}. */
    @FunctionalInterface
    interface Filing {
        void file(Contract contract, String title, java.math.BigDecimal total, List<NonTechnicalItem> items,
                LocalDate signedOn, Instant now);
    }

    /**
     * Sends the contract to expert review (the handling point): the directory draws the panel, with the registrar's
     * own token, avoiding experts affiliated with any party; the registry records it. A contract reviewed before
     * (returned and resubmitted since) goes back to the same panel. The long deadline applies from now on.
     */
    @Transactional
    ContractView startReview(Actor actor, String bearer, UUID id, StartReviewRequest request) {
        KnownPoint point = registrationPointOf(actor);
        Contract contract = decidable(visible(actor, contracts.lockedById(id), id), point);
        contract.checkMove("start-review");
        if (reviews.panelOf(id).isEmpty()) {
            List<String> parties = java.util.stream.Stream.of(contract.seller, contract.buyer, contract.intermediary)
                    .filter(java.util.Objects::nonNull).map(o -> o.toParty().uscc())
                    .filter(java.util.Objects::nonNull).toList();
            DirectoryResource.DrawnPanel drawn = directoryReviews.draw(bearer, new DirectoryResource.PanelDraw(
                    "REGISTRY_REVIEW", id.toString(), request.field(), request.sizeOrDefault(), parties,
                    request.seed()));
            reviews.record(id, request.field(), request.reason(), drawn, actor.username(), now());
        }
        contract.startReview(request.reason(), now());
        flush();
        return view(actor, contract, Optional.of(point));
    }

    /** A drawn expert gives its opinion, once, while the contract is under review. */
    @Transactional
    ContractView giveOpinion(Actor actor, String bearer, UUID id, OpinionRequest request) {
        Contract contract = contracts.findById(id);
        if (contract == null) {
            throw ProblemException.notFound("CONTRACT_NOT_FOUND");
        }
        String expertId = directoryReviews.expertId(bearer)
                .orElseThrow(() -> ProblemException.forbidden("NOT_ON_PANEL"));
        ReviewPanel panel = reviews.panelOf(id).orElseThrow(() -> ProblemException.forbidden("NOT_ON_PANEL"));
        if (contract.status != ContractStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("REVIEW_NOT_OPEN");
        }
        reviews.give(panel, expertId, request.conclusion(), request.opinion().strip(), actor.username(), now());
        return expertView(contract, expertId, calendars.current(), today());
    }

    /**
     * A contract as the expert drawn to review it reads it: the filing, its deadline and its review, and the opinion
     * action while it is due. An expert not drawn for it is told it does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ContractView reviewed(Actor actor, String bearer, UUID id) {
        Contract contract = contracts.findById(id);
        String expertId = directoryReviews.expertId(bearer).orElse(null);
        if (contract == null || expertId == null || !reviews.contractsOf(expertId).contains(id)) {
            throw ProblemException.notFound("CONTRACT_NOT_FOUND");
        }
        return expertView(contract, expertId, calendars.current(), today());
    }

    /** Whether the caller (an expert, by its bearer token) was drawn to review the contract. */
    boolean drawnToReview(String bearer, UUID id) {
        return directoryReviews.expertId(bearer).map(expertId -> reviews.contractsOf(expertId).contains(id))
                .orElse(false);
    }

    /** The contracts the calling expert was drawn to review, most recent draw first. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ContractView> reviewsOf(Actor actor, String bearer, Paging paging) {
        Optional<String> expertId = directoryReviews.expertId(bearer);
        List<UUID> ids = expertId.map(reviews::contractsOf).orElse(List.of());
        WorkingCalendar calendar = calendars.current();
        LocalDate today = today();
        List<ContractView> page = ids.stream().skip(paging.offset()).limit(paging.size())
                .map(contracts::findById).filter(java.util.Objects::nonNull)
                .map(c -> expertView(c, expertId.orElseThrow(), calendar, today)).toList();
        return Page.of(page, ids.size(), paging);
    }

    private ContractView expertView(Contract contract, String expertId, WorkingCalendar calendar, LocalDate today) {
        boolean open = contract.status == ContractStatus.UNDER_REVIEW && !reviews.hasGiven(contract.id(), expertId);
        return ContractView.of(contract, open ? List.of("opinions") : List.of(), deadlineOf(contract, calendar, today),
                reviews.view(contract.id()).orElse(null));
    }

    /** 不予登记 with grounds (the handling point): final, announced to the parties. */
    @Transactional
    ContractView refuse(Actor actor, UUID id, RefusalRequest request) {
        KnownPoint point = registrationPointOf(actor);
        Contract contract = decidable(visible(actor, contracts.lockedById(id), id), point);
        contract.checkMove("refuse");
        if (request.grounds() == null || request.grounds().isEmpty()) {
            throw ProblemException.badRequest("REFUSAL_GROUNDS_REQUIRED").withField("grounds", "REFUSAL_GROUNDS_REQUIRED");
        }
        ContractRefused refused = contract.refuse(point, request.grounds(), request.explanation().strip(), now());
        flush();
        outbox.publish(refused);
        return view(actor, contract, Optional.of(point));
    }

    /**
     * The registrar's queue: the filings its point handles (accepted, resubmitted, under review, returned) and the
     * filings waiting to be accepted whose filer is in the point's sub-market, filtered, then ordered: by deadline
     * (default: the earliest due first, filings without a running clock after them, oldest filing first), oldest,
     * newest or amount. Deadlines are computed, not stored, so the point's open filings are read whole and paged here.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ContractView> queue(Actor actor, QueueFilter filter, Paging paging) {
        KnownPoint point = registrationPointOf(actor);
        WorkingCalendar calendar = calendars.current();
        LocalDate today = today();
        List<ContractView> all = contracts.openAt(point.uscc(), SubMarket.of(point.region()).prefix()).stream()
                .filter(c -> filter.status() == null || c.status == filter.status())
                .filter(c -> filter.type() == null || c.contractType == filter.type())
                .map(c -> view(actor, c, Optional.of(point), calendar))
                .filter(filter::admits)
                .sorted(filter.order())
                .toList();
        return Page.of(all.stream().skip(paging.offset()).limit(paging.size()).toList(), all.size(), paging);
    }

    private ContractView view(Actor actor, Contract contract, Optional<KnownPoint> point, WorkingCalendar calendar) {
        boolean registrable = true;
        if (ContractStatus.LIFECYCLE.allows("register", contract.status) && point.isPresent()) {
            try {
                checkRegistrable(contract);
            } catch (ProblemException notYet) {
                registrable = false;
            }
        }
        return ContractView.of(contract, ContractActions.of(contract, actor, point, registrable),
                calendar == null ? null : deadlineOf(contract, calendar, today()),
                contract.reviewReason == null || !seesReview(actor) ? null
                        : reviews.view(contract.id()).orElse(null),
                ContractActions.mayReadCertificate(contract, actor, point),
                actor.has(Role.REGISTRAR) && point.filter(contract::isRegisteredAt).isPresent());
    }

    /**
     * Who reads a review with its experts and their opinions: registrars and operators. The parties are not told who
     * reviewed their contract, so that nobody can approach the experts.
     */
    private static boolean seesReview(Actor actor) {
        return actor.has(Role.REGISTRAR) || actor.has(Role.ADMIN);
    }

    /** The running clock's deadline: 15 working days, or 30 for a large or a reviewed (disputed) contract. */
    static DeadlineView deadlineOf(Contract contract, WorkingCalendar calendar, LocalDate today) {
        if (!contract.clockRuns()) {
            return null;
        }
        boolean large = ReviewRules.requiresReview(contract.signedOn, contract.filedTechnologyAmount());
        ReviewRules.Deadline deadline = ReviewRules.deadline(contract.signedOn, large || contract.reviewReason != null);
        return DeadlineView.of(calendar, contract.clockStartedOn, deadline.amount(), deadline.unit(), today);
    }

    /** 409 unless the contract can be registered now: see {@link ReviewRules#checkRegistrable}. */
    private void checkRegistrable(Contract contract) {
        int drawn = reviews.panelOf(contract.id()).map(ReviewPanel::size).orElse(0);
        ReviewRules.checkRegistrable(contract.signedOn, contract.filedTechnologyAmount(), drawn,
                drawn == 0 ? 0 : reviews.opinionsGiven(contract.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), MarketClock.CHINA);
    }
}
