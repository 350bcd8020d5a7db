package gx.techmarket.registry.contract;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractDeadlineApproaching;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.RefusalGround;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationNumber;
import jakarta.persistence.CascadeType;
import gx.techmarket.registry.review.ReviewReason;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A technical contract (技术合同) and its registration (认定登记). State changes go through the methods, which
 * check the move against {@link ContractStatus#LIFECYCLE} once, before anything changes.
 */
@Entity
@Table(name = "contract")
public class Contract extends ChangingAggregate {

    /** How the contract came to the registry. */
    enum Origin { CHALLENGE_AWARD, BROKERED }

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "contract_type", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    ContractType contractType;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    Origin origin;

    @Column(name = "challenge_id")
    UUID challengeId;

    @Column(name = "bid_id")
    UUID bidId;

    @Column(name = "result_id")
    UUID resultId;

    @Embedded
    @EmbeddedColumnNaming("seller_%s")
    OrgSnapshot seller;

    @Embedded
    @EmbeddedColumnNaming("buyer_%s")
    OrgSnapshot buyer;

    /**
     * Whether the buyer is an out-of-province party the directory does not know, recorded as the broker declared it
     * (unverified): never subsidised, since the subsidy service finds no directory facts for it.
     */
    @Column(name = "buyer_external", nullable = false)
    boolean buyerExternal;

    /** The broker's organisation of a brokered contract; null for one drafted from an award. */
    @Embedded
    @EmbeddedColumnNaming("intermediary_%s")
    OrgSnapshot intermediary;

    @Column(name = "proposed_amount", precision = 18, scale = 2)
    BigDecimal proposedAmount;

    @Column(name = "total_contract_amount", precision = 18, scale = 2)
    BigDecimal totalContractAmount;

    @Column(name = "non_technical_amount", precision = 18, scale = 2)
    BigDecimal nonTechnicalAmount;

    @Column(name = "technology_transaction_amount", precision = 18, scale = 2)
    BigDecimal technologyTransactionAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_non_technical_item", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    List<NonTechnicalItemEntry> nonTechnicalItems = new ArrayList<>();

    @Column(name = "signed_on")
    LocalDate signedOn;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ContractStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "correction_reasons", nullable = false, columnDefinition = "text[]")
    List<String> correctionReasons = new ArrayList<>();

    @Column(name = "registration_point_uscc", length = 18)
    String registrationPointUscc;

    /** The accepting point's region as the directory gave it on acceptance: part of the contract's sub-markets. */
    @Column(name = "registration_point_region", length = 6)
    String registrationPointRegion;

    @Column(name = "registration_number", length = 14)
    String registrationNumber;

    @Column(name = "rule_set_version", length = 64)
    String ruleSetVersion;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "accepted_at")
    Instant acceptedAt;

    @Column(name = "registered_at")
    Instant registeredAt;

    // --- after registration (issue 15, ADR 0024): certificate, amendments, deregistration, objections ---

    /** With the number, opens the public verification page of the certificate; issued at registration. */
    @Column(name = "verification_code", length = 16)
    String verificationCode;

    /** The registering point's name and code as the directory had them on registration (null before V7). */
    @Column(name = "registration_point_name", length = 200)
    String registrationPointName;

    @Column(name = "registration_point_code", length = 4)
    String registrationPointCode;

    /** The number of the last 变更登记, 0 while never amended. */
    @Column(name = "amendment_number", nullable = false)
    int amendmentNumber;

    @Column(name = "amended_at")
    Instant amendedAt;

    @Column(name = "deregistration_reason", length = 20)
    @Enumerated(EnumType.STRING)
    DeregistrationReason deregistrationReason;

    @Column(name = "deregistration_explanation", length = 2000)
    String deregistrationExplanation;

    @Column(name = "deregistered_at")
    Instant deregisteredAt;

    /** 异议 against the registration (or the refusal), oldest first; read in batches for lists. */
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("raisedAt, id")
    @BatchSize(size = 100)
    List<ContractObjection> objections = new ArrayList<>();
    // ---- review, refusal and deadlines (issue 15)

    /** The China date the registration clock started (受理, or resubmission after 补正); null while none runs. */
    @Column(name = "clock_started_on")
    LocalDate clockStartedOn;

    /** Why the contract went to expert review, once it did. */
    @Column(name = "review_reason", length = 10)
    @Enumerated(EnumType.STRING)
    ReviewReason reviewReason;

    /** 不予登记: the grounds (codes of the official list), the explanation, when. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "refusal_grounds", columnDefinition = "text[]")
    List<String> refusalGrounds;

    @Column(name = "refusal_explanation", length = 2000)
    String refusalExplanation;

    @Column(name = "refused_at")
    Instant refusedAt;

    protected Contract() {
        // for Hibernate
    }

    private static Contract draft(UUID id, Origin origin, String title, ContractType type, Party seller, Party buyer,
            Party intermediary, BigDecimal proposedAmount, String createdBy, Instant now) {
        if (seller.uscc().equals(buyer.uscc())) {
            throw ProblemException.badRequest("BUYER_IS_SELLER");
        }
        Contract c = new Contract();
        c.id = id;
        c.origin = origin;
        c.title = title;
        c.contractType = type;
        c.seller = OrgSnapshot.of(seller);
        c.buyer = OrgSnapshot.of(buyer);
        c.intermediary = OrgSnapshot.ofNullable(intermediary);
        c.proposedAmount = proposedAmount;
        c.status = ContractStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** A 技术开发(委托) draft from a 揭榜 award: the winner develops (seller) for the demander (buyer). */
    static Contract fromAward(UUID id, UUID challengeId, UUID bidId, String title, Party winner, Party demander,
            BigDecimal price, Instant now) {
        Contract c = draft(id, Origin.CHALLENGE_AWARD, title, ContractType.DEVELOPMENT_COMMISSIONED, winner, demander,
                null, price, "bidding.ChallengeAwarded", now);
        c.challengeId = challengeId;
        c.bidId = bidId;
        return c;
    }

    /** A 转让/许可 draft a broker prepared for a published result: the holder sells, the broker intermediates. */
    static Contract brokered(UUID id, UUID resultId, String title, ContractType type, Party holder, Party buyer,
            boolean buyerExternal, Party broker, BigDecimal proposedAmount, String createdBy, Instant now) {
        Contract c = draft(id, Origin.BROKERED, title, type, holder, buyer, broker, proposedAmount, createdBy, now);
        c.resultId = resultId;
        c.buyerExternal = buyerExternal;
        return c;
    }

    /**
     * The seller files (or refiles after correction) with the agreed amounts, signed no later than today in China.
     * The state is checked first: a contract that cannot be filed now is refused 409 whatever the filing says.
     */
    void submit(String newTitle, BigDecimal total, List<NonTechnicalItem> items, LocalDate signed, Instant now) {
        file(ContractStatus.LIFECYCLE.apply("submit", status), newTitle, total, items, signed, now);
        registrationPointUscc = null;
        registrationPointRegion = null;
        acceptedAt = null;
    }

    /**
     * The seller files a correction (补正) with the corrected amounts: the point that returned it handles it again,
     * and its clock starts again from today, the full period.
     */
    void resubmit(String newTitle, BigDecimal total, List<NonTechnicalItem> items, LocalDate signed, Instant now) {
        file(ContractStatus.LIFECYCLE.apply("resubmit", status), newTitle, total, items, signed, now);
        clockStartedOn = LocalDate.ofInstant(now, MarketClock.CHINA);
    }

    private void file(ContractStatus next, String newTitle, BigDecimal total, List<NonTechnicalItem> items,
            LocalDate signed, Instant now) {
        if (signed.isAfter(LocalDate.ofInstant(now, MarketClock.CHINA))) {
            throw ProblemException.badRequest("SIGNED_ON_IN_FUTURE", signed.toString())
                    .withField("signedOn", "SIGNED_ON_IN_FUTURE");
        }
        TechnologyTransactionAmountPolicy.Amounts amounts = TechnologyTransactionAmountPolicy.apply(total, items);
        moveTo(next, now);
        if (newTitle != null) {
            title = newTitle;
        }
        totalContractAmount = amounts.totalContractAmount();
        nonTechnicalAmount = amounts.nonTechnicalAmount();
        nonTechnicalItems.clear();
        items.forEach(i -> nonTechnicalItems.add(new NonTechnicalItemEntry(i)));
        signedOn = signed;
        submittedAt = now;
        correctionReasons = new ArrayList<>();
    }

    void accept(KnownPoint point, Instant now) {
        moveTo(ContractStatus.LIFECYCLE.apply("accept", status), now);
        registrationPointUscc = point.uscc();
        registrationPointRegion = point.region();
        acceptedAt = now;
        clockStartedOn = LocalDate.ofInstant(now, MarketClock.CHINA);
    }

    /**
     * What the parties are told of a fresh draft: nobody of theirs typed it (a broker did, or the registry from an
     * award), so the event is how they learn that a contract in their names waits for them.
     */
    ContractDrafted drafted() {
        return new ContractDrafted(id, title, contractType, seller.toParty(), buyer.toParty(),
                intermediary == null ? null : intermediary.toParty(), resultId, challengeId, proposedAmount,
                createdAt);
    }

    /** The registrar of {@code point} returns the filing to the seller with its reasons (退回补正). */
    ContractReturned returnForCorrection(KnownPoint point, List<String> reasons, Instant now) {
        moveTo(ContractStatus.LIFECYCLE.apply("return-for-correction", status), now);
        correctionReasons = new ArrayList<>(reasons);
        clockStartedOn = null;
        return new ContractReturned(id, title, contractType, seller.toParty(), buyer.toParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), List.copyOf(reasons), now);
    }

    /**
     * Registers the contract at {@code point} on today's date in China: the amounts, the rule set in force and the
     * number {@code numbers} issues for that date. The number is asked for only once the move is allowed, so a
     * refused registration uses no serial.
     */
    ContractRegistered register(KnownPoint point, Function<LocalDate, RegistrationNumber> numbers, Instant now) {
        ContractStatus next = ContractStatus.LIFECYCLE.apply("register", status);
        LocalDate registeredOn = LocalDate.ofInstant(now, MarketClock.CHINA);
        List<NonTechnicalItem> items = items();
        TechnologyTransactionAmountPolicy.Amounts amounts =
                TechnologyTransactionAmountPolicy.apply(totalContractAmount, items);
        String ruleSet = RuleSets.inForceOn(registeredOn);
        RegistrationNumber number = numbers.apply(registeredOn);
        moveTo(next, now);
        registrationNumber = number.format();
        technologyTransactionAmount = amounts.technologyTransactionAmount();
        ruleSetVersion = ruleSet;
        registeredAt = now;
        return new ContractRegistered(id, registrationNumber, title, contractType, seller.toParty(), buyer.toParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), amounts.totalContractAmount(),
                amounts.nonTechnicalAmount(), amounts.technologyTransactionAmount(), items, signedOn, registeredAt,
                ruleSet);
    }

    // ---- review, refusal and deadlines (issue 15)

    /** The handling point sends the contract to expert review; a large or disputed one has the long deadline. */
    void startReview(ReviewReason reason, Instant now) {
        moveTo(ContractStatus.LIFECYCLE.apply("start-review", status), now);
        if (reviewReason == null || reason == ReviewReason.DISPUTED) {
            reviewReason = reason;
        }
    }

    /** Checks that {@code action} is a move the contract can make now (409 otherwise), changing nothing. */
    void checkMove(String action) {
        ContractStatus.LIFECYCLE.apply(action, status);
    }

    /** 不予登记 at {@code point} with grounds of the official list: final; the clock stops; the parties are told. */
    ContractRefused refuse(KnownPoint point, List<RefusalGround> grounds, String explanation, Instant now) {
        moveTo(ContractStatus.LIFECYCLE.apply("refuse", status), now);
        List<RefusalGround> distinct = grounds.stream().distinct().toList();
        refusalGrounds = new ArrayList<>(distinct.stream().map(Enum::name).toList());
        refusalExplanation = explanation;
        refusedAt = now;
        clockStartedOn = null;
        return new ContractRefused(id, title, contractType, seller.toParty(), buyer.toParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), distinct, explanation, now);
    }

    /** The notice that the running clock's deadline is near or has passed. */
    ContractDeadlineApproaching deadlineApproaching(KnownPoint point, LocalDate dueOn, int workingDaysLeft,
            boolean provisional, boolean overdue) {
        return new ContractDeadlineApproaching(id, title, contractType, seller.toParty(), buyer.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), dueOn,
                overdue ? 0 : Math.max(0, workingDaysLeft), provisional, overdue);
    }

    /** 技术交易额 of the filed amounts (null before filing). */
    BigDecimal filedTechnologyAmount() {
        return totalContractAmount == null ? null
                : TechnologyTransactionAmountPolicy.apply(totalContractAmount, items()).technologyTransactionAmount();
    }

    /** Whether a registration clock runs: the point has the filing and has not decided it. */
    boolean clockRuns() {
        return clockStartedOn != null && (status == ContractStatus.ACCEPTED || status == ContractStatus.RESUBMITTED
                || status == ContractStatus.UNDER_REVIEW);
    }

    /**
     * The filer's region, where the 2026 rules have it registered: the seller's, or for a technology import (a
     * foreign seller, with no region) the domestic buyer's.
     */
    String filerRegion() {
        return seller.region() != null ? seller.region() : buyer.region();
    }

    private void moveTo(ContractStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    List<NonTechnicalItem> items() {
        return nonTechnicalItems.stream().map(NonTechnicalItemEntry::toItem).toList();
    }

    /** Once a point has accepted a filing, only that point decides on it. */
    boolean isDecidedBy(KnownPoint point) {
        return registrationPointUscc == null || registrationPointUscc.equals(point.uscc());
    }

    /**
     * The regions that place the contract in a sub-market: its seller's, its buyer's and, once accepted, its
     * registration point's. An admin operates the contract when its sub-market covers any of them.
     */
    List<String> regions() {
        List<String> regions = new ArrayList<>(List.of(seller.region(), buyer.region()));
        if (registrationPointRegion != null) {
            regions.add(registrationPointRegion);
        }
        return regions;
    }

    boolean isSeller(String uscc) {
        return seller.is(uscc);
    }

    /** Seller, buyer or intermediary. */
    boolean isParty(String uscc) {
        return seller.is(uscc) || buyer.is(uscc) || (intermediary != null && intermediary.is(uscc));
    }

    public ContractStatus status() {
        return status;
    }

    // --- after registration (issue 15, ADR 0024): certificate, amendments, deregistration, objections ---

    /**
     * Fixes the certificate's facts on registration: the registering point's name and code as the directory has them
     * now (a point renamed or closed later does not change a certificate issued) and the code that opens its public
     * verification.
     */
    void issueCertificate(KnownPoint point, String code) {
        registrationPointName = point.name();
        registrationPointCode = point.code();
        verificationCode = code;
    }

    /** The facts a 变更登记 may change, as they stand before or after it. */
    RegisteredFacts registeredFacts() {
        return new RegisteredFacts(totalContractAmount, nonTechnicalAmount, technologyTransactionAmount, items(),
                buyer.toParty());
    }

    /**
     * 变更登记 by the registering point: the amounts (re-derived from the new total and items) and/or the buyer change,
     * the number and the registration date stay. {@code total}, {@code items} and {@code newBuyer} are null when
     * unchanged. Checked before anything changes: the move, the point, the amounts, an amendment that changes
     * nothing. The event carries every fact as it now stands, numbered 1, 2, … per contract.
     */
    ContractAmended amend(KnownPoint point, BigDecimal total, List<NonTechnicalItem> newItems, Party newBuyer,
            String reason, Instant now) {
        ContractStatus next = ContractStatus.LIFECYCLE.apply("amend", status);
        requireRegisteredAt(point);
        RegisteredFacts before = registeredFacts();
        BigDecimal amendedTotal = total != null ? total : totalContractAmount;
        List<NonTechnicalItem> amendedItems = newItems != null ? newItems : before.nonTechnicalItems();
        TechnologyTransactionAmountPolicy.Amounts amounts =
                TechnologyTransactionAmountPolicy.apply(amendedTotal, amendedItems);
        if (amounts.technologyTransactionAmount().signum() == 0) {
            throw ProblemException.badRequest("AMENDED_TECHNOLOGY_AMOUNT_ZERO")
                    .withField(newItems != null ? "nonTechnicalItems" : "totalContractAmount",
                            "AMENDED_TECHNOLOGY_AMOUNT_ZERO");
        }
        if (newBuyer != null && seller.is(newBuyer.uscc())) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("buyer.uscc", "BUYER_IS_SELLER");
        }
        RegisteredFacts after = new RegisteredFacts(amounts.totalContractAmount(), amounts.nonTechnicalAmount(),
                amounts.technologyTransactionAmount(), amendedItems, newBuyer != null ? newBuyer : buyer.toParty());
        if (after.equals(before)) {
            throw ProblemException.badRequest("AMENDMENT_CHANGES_NOTHING");
        }
        moveTo(next, now);
        totalContractAmount = after.totalContractAmount();
        nonTechnicalAmount = after.nonTechnicalAmount();
        technologyTransactionAmount = after.technologyTransactionAmount();
        nonTechnicalItems.clear();
        amendedItems.forEach(i -> nonTechnicalItems.add(new NonTechnicalItemEntry(i)));
        if (newBuyer != null) {
            buyer = OrgSnapshot.of(newBuyer);
            buyerExternal = false;
        }
        amendmentNumber++;
        amendedAt = now;
        return new ContractAmended(id, registrationNumber, title, contractType, seller.toParty(), buyer.toParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), totalContractAmount,
                nonTechnicalAmount, technologyTransactionAmount, items(), signedOn, registeredAt, ruleSetVersion,
                amendmentNumber, now, reason);
    }

    /** 注销登记 by the registering point: the registration is rescinded or void; the number is never reused. */
    ContractDeregistered deregister(KnownPoint point, DeregistrationReason reason, String explanation, Instant now) {
        ContractStatus next = ContractStatus.LIFECYCLE.apply("deregister", status);
        requireRegisteredAt(point);
        moveTo(next, now);
        deregistrationReason = reason;
        deregistrationExplanation = explanation;
        deregisteredAt = now;
        return new ContractDeregistered(id, registrationNumber, title, contractType, seller.toParty(),
                buyer.toParty(), intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), reason, explanation, now);
    }

    /**
     * 异议 by a party or an authority against a registration or a refusal. It opens a review by the registering point
     * and changes nothing else; an organisation has at most one open objection per contract.
     */
    ContractObjection raiseObjection(UUID objectionId, Party by, ContractObjection.RaisedAs as, String grounds,
            String username, Instant now) {
        if (!ContractObjection.OPEN_TO_OBJECTION.contains(status)) {
            throw ProblemException.conflict("OBJECTION_NOT_ALLOWED", status.name());
        }
        if (objections.stream().anyMatch(o -> o.isOpen() && o.raisedByUscc.equals(by.uscc()))) {
            throw ProblemException.conflict("OBJECTION_ALREADY_OPEN");
        }
        ContractObjection objection = new ContractObjection(objectionId, this, by, as, grounds, username, now);
        objections.add(objection);
        return objection;
    }

    /** The registering point decides an open objection: upheld (it then amends or deregisters) or dismissed. */
    ContractObjection resolveObjection(UUID objectionId, KnownPoint point, ContractObjection.Outcome outcome,
            String explanation, String username, Instant now) {
        ContractObjection objection = objections.stream().filter(o -> o.id.equals(objectionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("OBJECTION_NOT_FOUND"));
        requireRegisteredAt(point);
        objection.resolve(outcome, explanation, username, now);
        return objection;
    }

    /** Whether {@code point} is the one that registered (or refused) the contract. */
    boolean isRegisteredAt(KnownPoint point) {
        return point.uscc().equals(registrationPointUscc);
    }

    private void requireRegisteredAt(KnownPoint point) {
        if (!isRegisteredAt(point)) {
            throw ProblemException.forbidden("NOT_REGISTERING_POINT");
        }
    }
}
