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
import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.registry.filing.Carriers;
import gx.techmarket.registry.filing.FilingDetails;
import gx.techmarket.registry.filing.FilingFacts;
import gx.techmarket.registry.filing.FilingJson;
import gx.techmarket.registry.filing.FilingRequest;
import gx.techmarket.registry.filing.SubtypeCatalogue;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationNumber;
import gx.techmarket.registry.ruleset.RuleSet;
import gx.techmarket.registry.ruleset.RuleSets;
import java.util.Map;
import java.util.Set;
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
    enum Origin { CHALLENGE_AWARD, BROKERED, FILED }

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

    /** The published demand (技术需求) of the buyer a brokered draft answers, when the broker named one. */
    @Column(name = "demand_id")
    UUID demandId;

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

    /**
     * 技术领域: the market's industry code of the technology, as the seller stated it (filing or submission) or, for
     * a draft a broker made for a published result, the result's until the seller states another; null when none.
     */
    @Column(name = "technical_field", length = 64)
    String technicalField;

    /** The account of the 技术经理人 who drafted a brokered contract (performance record); null otherwise. */
    @Column(name = "broker_account", length = 64)
    String brokerAccount;

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

    @Column(name = "registration_number", length = 16)
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
        if (seller.isSameOrganisationAs(buyer)) {
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

    /**
     * A draft from a signed 揭榜协议: its seller and buyer (技术攻关类: the winner develops for the demander; 成果转化类:
     * the holder transfers, licenses or develops for the winner), the contract type agreed, the total R&D investment
     * as the proposed amount (the seller files the amount actually agreed).
     */
    static Contract fromAgreement(UUID id, AgreementSigned agreement, String title, Instant now) {
        Contract c = draft(id, Origin.CHALLENGE_AWARD, title, agreement.contractType(), agreement.seller(),
                agreement.buyer(), null, agreement.totalInvestment(), "bidding.AgreementSigned", now);
        c.challengeId = agreement.challengeId();
        c.bidId = agreement.bidId();
        return c;
    }

    /** A brokered draft for a result whose industry the registry does not know. */
    static Contract brokered(UUID id, UUID resultId, String title, ContractType type, Party holder, Party buyer,
            boolean buyerExternal, Party broker, BigDecimal proposedAmount, String createdBy, Instant now) {
        return brokered(id, resultId, null, title, type, holder, buyer, buyerExternal, broker, proposedAmount,
                createdBy, null, now);
    }

    /**
     * A 转让/许可 draft a broker prepared for a published result: the holder sells, the broker intermediates; its
     * 技术领域 is the result's industry until the seller states another.
     */
    static Contract brokered(UUID id, UUID resultId, String resultIndustry, String title, ContractType type,
            Party holder, Party buyer, boolean buyerExternal, Party broker, BigDecimal proposedAmount,
            String createdBy, String brokerAccount, Instant now) {
        Contract c = draft(id, Origin.BROKERED, title, type, holder, buyer, broker, proposedAmount, createdBy, now);
        c.resultId = resultId;
        c.technicalField = resultIndustry;
        c.brokerAccount = brokerAccount;
        c.buyerExternal = buyerExternal;
        return c;
    }

    /** The seller states the contract's 技术领域 with its submission; {@code null} keeps the one stated before. */
    void stateTechnicalField(String field) {
        if (field != null) {
            technicalField = field;
        }
    }

    /** 技术领域 as stated, {@code null} when none. */
    String technicalField() {
        return technicalField;
    }

    /** The draft answers the buyer's published demand {@code demand} (checked by the caller). */
    void answers(UUID demand) {
        demandId = demand;
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
        RuleSet rules = ruleSetOf(contractType, signed);
        TechnologyTransactionAmountPolicy.Amounts amounts = TechnologyTransactionAmountPolicy.apply(total, items);
        moveTo(next, now);
        ruleSetVersion = rules.version();
        if (newTitle != null) {
            title = newTitle;
        }
        totalContractAmount = amounts.totalContractAmount();
        nonTechnicalAmount = amounts.nonTechnicalAmount();
        nonTechnicalItems.clear();
        items.forEach(i -> nonTechnicalItems.add(new NonTechnicalItemEntry(i)));
        signedOn = signed;
        recordAsFiled();
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
        return new ContractDrafted(id, title, contractType, sellerParty(), buyerParty(),
                intermediary == null ? null : intermediary.toParty(), resultId, challengeId, demandId, proposedAmount,
                createdAt);
    }

    /** The registrar of {@code point} returns the filing to the seller with its reasons (退回补正). */
    ContractReturned returnForCorrection(KnownPoint point, List<String> reasons, Instant now) {
        moveTo(ContractStatus.LIFECYCLE.apply("return-for-correction", status), now);
        correctionReasons = new ArrayList<>(reasons);
        clockStartedOn = null;
        return new ContractReturned(id, title, contractType, sellerParty(), buyerParty(),
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
        RuleSet rules = recordedRuleSet();
        String ruleSet = rules.version();
        RegistrationNumber number = numbers.apply(registeredOn);
        moveTo(next, now);
        registrationNumber = number.format(rules.numberLayout());
        technologyTransactionAmount = amounts.technologyTransactionAmount();
        ruleSetVersion = ruleSet;
        registeredAt = now;
        return new ContractRegistered(id, registrationNumber, title, contractType, sellerParty(), buyerParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), amounts.totalContractAmount(),
                amounts.nonTechnicalAmount(), amounts.technologyTransactionAmount(), items, signedOn, registeredAt,
                ruleSet, technicalField, brokerAccount);
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
        return new ContractRefused(id, title, contractType, sellerParty(), buyerParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), distinct, explanation, now);
    }

    /** The notice that the running clock's deadline is near or has passed. */
    ContractDeadlineApproaching deadlineApproaching(KnownPoint point, LocalDate dueOn, int workingDaysLeft,
            boolean provisional, boolean overdue) {
        return new ContractDeadlineApproaching(id, title, contractType, sellerParty(), buyerParty(),
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
        List<String> regions = new ArrayList<>();
        // a foreign party has no region
        for (String region : new String[] {seller.region(), buyer.region(), registrationPointRegion}) {
            if (region != null) {
                regions.add(region);
            }
        }
        return regions;
    }

    boolean isSeller(String uscc) {
        return uscc.equals(seller.uscc());
    }

    /** Seller, buyer or intermediary (compared by USCC: a foreign party may have none). */
    boolean isParty(String uscc) {
        return uscc.equals(seller.uscc()) || uscc.equals(buyer.uscc())
                || (intermediary != null && uscc.equals(intermediary.uscc()));
    }

    public ContractStatus status() {
        return status;
    }

    // ---- Filing by the seller itself, the rule set of the signing date, and 核定 of the amounts (issue 15) ----

    @Column(length = 500)
    String subject;

    @Column(length = 5000)
    String description;

    @Column(name = "performance_from")
    LocalDate performanceFrom;

    @Column(name = "performance_to")
    LocalDate performanceTo;

    /** The subtype's details ({@link FilingDetails}) as filed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "details", columnDefinition = "jsonb")
    Map<String, Object> details;

    /** The technology carriers (part of the technical price) as filed or, after 核定, as recognised. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "carriers", nullable = false, columnDefinition = "jsonb")
    List<Map<String, Object>> carriers = new ArrayList<>();

    @Column(name = "inventor_reward_share", precision = 5, scale = 2)
    BigDecimal inventorRewardShare;

    /** The non-technical items, their sum and the carriers as the filer stated them, kept when 核定 changes them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "filed_non_technical_items", columnDefinition = "jsonb")
    List<Map<String, Object>> filedNonTechnicalItems;

    @Column(name = "filed_non_technical_amount", precision = 18, scale = 2)
    BigDecimal filedNonTechnicalAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "filed_carriers", columnDefinition = "jsonb")
    List<Map<String, Object>> filedCarriers;

    @Column(name = "assessed_at")
    Instant assessedAt;

    @Column(name = "assessed_by", length = 200)
    String assessedBy;

    @Column(name = "assessment_reason", length = 2000)
    String assessmentReason;

    /** The country of a foreign seller (a technology import's); null for a Chinese one. */
    @Column(name = "seller_country", length = 2)
    String sellerCountry;

    /** The country of a foreign buyer (an export's); null for a Chinese one. */
    @Column(name = "buyer_country", length = 2)
    String buyerCountry;

    /** A technology import (技术进口): the domestic buyer files it, not the foreign seller. */
    @Column(name = "technology_import", nullable = false)
    boolean technologyImport;

    /**
     * The seller as the events and views carry it: a foreign one with its country and no region. Use this (and
     * {@link #buyerParty()}) rather than {@code seller.toParty()}, which knows no country.
     */
    Party sellerParty() {
        return party(seller, sellerCountry);
    }

    /** The buyer as the events and views carry it (see {@link #sellerParty()}). */
    Party buyerParty() {
        return party(buyer, buyerCountry);
    }

    private static Party party(OrgSnapshot snapshot, String country) {
        return country == null ? snapshot.toParty()
                : new Party(snapshot.uscc(), snapshot.name(), snapshot.kind(), null, null, country);
    }

    /** The organisation that files the contract: its seller, or the domestic buyer of a technology import. */
    boolean isFiler(String uscc) {
        return uscc.equals(technologyImport ? buyer.uscc() : seller.uscc());
    }

    private void parties(Party newSeller, Party newBuyer) {
        // Hibernate's dirty check compares the old snapshot with the new one by OrgSnapshot.equals, which assumes a
        // USCC; a foreign party has none, so each snapshot is cleared first (a comparison with null asks no USCC).
        seller = null;
        seller = OrgSnapshot.of(newSeller);
        sellerCountry = newSeller.isForeign() ? newSeller.country() : null;
        buyer = null;
        buyer = OrgSnapshot.of(newBuyer);
        buyerCountry = newBuyer.isForeign() ? newBuyer.country() : null;
    }

    /**
     * A contract its seller files itself, as a draft with everything the filing states: checked whole (signing date,
     * rule set, subtype details, carriers, amounts, reward share) before anything is kept.
     */
    static Contract filed(UUID id, FilingRequest request, Party seller, Party buyer, boolean buyerExternal,
            Party intermediary, String createdBy, Instant now) {
        TechnologyTransactionAmountPolicy.Amounts amounts = checkFiling(request, seller.kind(), now);
        Contract c = draft(id, Origin.FILED, request.title().strip(), request.contractType(), seller, buyer,
                intermediary, amounts.totalContractAmount(), createdBy, now);
        c.parties(seller, buyer);
        c.technologyImport = request.imported();
        c.buyerExternal = buyerExternal;
        c.state(request, amounts);
        return c;
    }

    /**
     * The filer edits what it filed, while it is a draft or returned for correction: the whole filing again, the
     * parties too. Contracts drafted from an award or by a broker are filed with {@code submit} instead.
     */
    void edit(FilingRequest request, Party newSeller, Party newBuyer, boolean newBuyerExternal,
            Party newIntermediary, Instant now) {
        if (origin != Origin.FILED
                || (status != ContractStatus.DRAFT && status != ContractStatus.NEEDS_CORRECTION)) {
            throw ProblemException.conflict("CONTRACT_NOT_EDITABLE");
        }
        if (newSeller.isSameOrganisationAs(newBuyer)) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("counterparty.uscc", "BUYER_IS_SELLER");
        }
        TechnologyTransactionAmountPolicy.Amounts amounts = checkFiling(request, newSeller.kind(), now);
        title = request.title().strip();
        contractType = request.contractType();
        parties(newSeller, newBuyer);
        technologyImport = request.imported();
        buyerExternal = newBuyerExternal;
        intermediary = OrgSnapshot.ofNullable(newIntermediary);
        proposedAmount = amounts.totalContractAmount();
        state(request, amounts);
        updatedAt = now;
    }

    /** Whether {@code uscc} may edit the contract now (its filer, while editable). */
    boolean isEditableBy(String uscc) {
        return origin == Origin.FILED && isFiler(uscc)
                && (status == ContractStatus.DRAFT || status == ContractStatus.NEEDS_CORRECTION);
    }

    /** The states in which the handling point examines a filing and may recognise its amounts (核定). */
    static final Set<ContractStatus> ASSESSABLE =
            Set.of(ContractStatus.ACCEPTED, ContractStatus.RESUBMITTED, ContractStatus.UNDER_REVIEW);

    /**
     * 核定: the registrar of the handling point recognises other non-technical items (deducted) and carriers (not
     * deducted) than filed, with its reason; the filed ones stay readable. Returns the record of the assessment.
     */
    AmountAssessment assess(KnownPoint point, List<NonTechnicalItem> items, List<FilingRequest.Carrier> recognised,
            String reason, String by, Instant now) {
        if (!ASSESSABLE.contains(status)) {
            throw ProblemException.conflict("ASSESSMENT_NOT_ALLOWED_NOW", status.name());
        }
        Carriers.check(recognised);
        TechnologyTransactionAmountPolicy.Amounts amounts =
                TechnologyTransactionAmountPolicy.apply(totalContractAmount, items);
        AmountAssessment record = new AmountAssessment(UUID.randomUUID(), id, point.uscc(), totalContractAmount,
                nonTechnicalAmount, amounts.nonTechnicalAmount(), itemMaps(items()), itemMaps(items), carriers,
                FilingJson.toMaps(recognised), reason, by, now);
        nonTechnicalItems.clear();
        items.forEach(i -> nonTechnicalItems.add(new NonTechnicalItemEntry(i)));
        nonTechnicalAmount = amounts.nonTechnicalAmount();
        carriers = new ArrayList<>(FilingJson.toMaps(recognised));
        assessedAt = now;
        assessedBy = by;
        assessmentReason = reason;
        updatedAt = now;
        return record;
    }

    /** What the filing states beyond parties and amounts, the amounts as filed and the latest 核定. */
    FilingFacts filingFacts() {
        BigDecimal filedNonTechnical = filedNonTechnicalAmount;
        FilingFacts.FiledAmounts filed = filedNonTechnical == null || totalContractAmount == null ? null
                : new FilingFacts.FiledAmounts(totalContractAmount, filedNonTechnical,
                        totalContractAmount.subtract(filedNonTechnical),
                        FilingJson.readAll(filedNonTechnicalItems, FilingRequest.Item.class),
                        FilingJson.readAll(filedCarriers, FilingRequest.Carrier.class));
        ContractCategory recognised = ruleSetVersion == null ? null : RuleSets.byVersion(ruleSetVersion)
                .filter(r -> r.allows(contractType)).map(r -> r.recognisedCategory(contractType)).orElse(null);
        return new FilingFacts(technologyImport, subject, description, performanceFrom, performanceTo,
                FilingJson.read(details, FilingDetails.class), FilingJson.readAll(carriers, FilingRequest.Carrier.class),
                inventorRewardShare, recognised, filed,
                assessedAt == null ? null : new FilingFacts.Assessment(assessmentReason, assessedBy, assessedAt));
    }

    /**
     * Checks a filing whole, before anything changes: signed no later than today in China, under a rule set that
     * knows the type, the performance period in order, the subtype's details, the carriers, the amounts, and the
     * reward share a university or institute declares for a transfer or licence.
     */
    private static TechnologyTransactionAmountPolicy.Amounts checkFiling(FilingRequest request, OrgKind sellerKind,
            Instant now) {
        if (request.signedOn().isAfter(LocalDate.ofInstant(now, MarketClock.CHINA))) {
            throw ProblemException.badRequest("SIGNED_ON_IN_FUTURE", request.signedOn().toString())
                    .withField("signedOn", "SIGNED_ON_IN_FUTURE");
        }
        ruleSetOf(request.contractType(), request.signedOn());
        if (request.performanceFrom() != null && request.performanceTo() != null
                && request.performanceTo().isBefore(request.performanceFrom())) {
            throw ProblemException.badRequest("VALIDATION_FAILED")
                    .withField("performanceTo", "PERFORMANCE_ENDS_BEFORE_START");
        }
        SubtypeCatalogue.check(request.contractType(), request.details(), request.signedOn());
        Carriers.check(request.carrierList());
        if (request.inventorRewardShare() != null
                && !SubtypeCatalogue.requiresRewardShare(sellerKind, request.contractType())) {
            throw ProblemException.badRequest("VALIDATION_FAILED")
                    .withField("inventorRewardShare", "REWARD_SHARE_NOT_FOR_SELLER");
        }
        if (request.inventorRewardShare() == null
                && SubtypeCatalogue.requiresRewardShare(sellerKind, request.contractType())) {
            throw ProblemException.badRequest("VALIDATION_FAILED")
                    .withField("inventorRewardShare", "REWARD_SHARE_REQUIRED");
        }
        return TechnologyTransactionAmountPolicy.apply(request.totalContractAmount(), filedItems(request));
    }

    private void state(FilingRequest request, TechnologyTransactionAmountPolicy.Amounts amounts) {
        subject = request.subject().strip();
        description = request.description().strip();
        performanceFrom = request.performanceFrom();
        performanceTo = request.performanceTo();
        details = FilingJson.toMap(request.details());
        carriers = new ArrayList<>(FilingJson.toMaps(request.carrierList()));
        inventorRewardShare = request.inventorRewardShare();
        technicalField = request.technicalField();
        signedOn = request.signedOn();
        ruleSetVersion = ruleSetOf(contractType, signedOn).version();
        totalContractAmount = amounts.totalContractAmount();
        nonTechnicalAmount = amounts.nonTechnicalAmount();
        nonTechnicalItems.clear();
        filedItems(request).forEach(i -> nonTechnicalItems.add(new NonTechnicalItemEntry(i)));
        recordAsFiled();
    }

    private static List<NonTechnicalItem> filedItems(FilingRequest request) {
        return request.items().stream()
                .map(i -> new NonTechnicalItem(i.category(), i.description().strip(), i.amount())).toList();
    }

    /** The items and carriers just stated are the filed ones; an earlier 核定 no longer applies to them. */
    private void recordAsFiled() {
        filedNonTechnicalItems = itemMaps(items());
        filedNonTechnicalAmount = nonTechnicalAmount;
        filedCarriers = new ArrayList<>(carriers);
        assessedAt = null;
        assessedBy = null;
        assessmentReason = null;
    }

    private static List<Map<String, Object>> itemMaps(List<NonTechnicalItem> items) {
        return FilingJson.toMaps(items.stream().map(i -> new FilingRequest.Item(i.category(), i.description(),
                i.amount())).toList());
    }

    /**
     * The rule set of a contract of {@code type} signed on {@code signed}: 409 {@code NO_RULE_SET_IN_FORCE} when none
     * governed that day, 400 {@code CONTRACT_TYPE_NOT_IN_RULE_SET} when it knows no such type.
     */
    static RuleSet ruleSetOf(ContractType type, LocalDate signed) {
        RuleSet rules = RuleSets.forSigningDate(signed);
        if (!rules.allows(type)) {
            throw ProblemException.badRequest("CONTRACT_TYPE_NOT_IN_RULE_SET", type.name(), rules.version())
                    .withField("contractType", "CONTRACT_TYPE_NOT_IN_RULE_SET");
        }
        return rules;
    }

    /** The rule set recorded when the contract was filed (chosen by its signing date). */
    RuleSet recordedRuleSet() {
        return RuleSets.byVersion(ruleSetVersion).orElseGet(() -> ruleSetOf(contractType, signedOn));
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
                buyerParty());
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
        if (newBuyer != null && sellerParty().isSameOrganisationAs(newBuyer)) {
            throw ProblemException.badRequest("BUYER_IS_SELLER").withField("buyer.uscc", "BUYER_IS_SELLER");
        }
        RegisteredFacts after = new RegisteredFacts(amounts.totalContractAmount(), amounts.nonTechnicalAmount(),
                amounts.technologyTransactionAmount(), amendedItems, newBuyer != null ? newBuyer : buyerParty());
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
            buyer = null; // see parties(): the old buyer may be foreign, without a USCC to compare
            buyer = OrgSnapshot.of(newBuyer);
            buyerCountry = null;
            buyerExternal = false;
        }
        amendmentNumber++;
        amendedAt = now;
        return new ContractAmended(id, registrationNumber, title, contractType, sellerParty(), buyerParty(),
                intermediary == null ? null : intermediary.toParty(),
                new RegistrationPoint(point.uscc(), point.name(), point.code()), totalContractAmount,
                nonTechnicalAmount, technologyTransactionAmount, items(), signedOn, registeredAt, ruleSetVersion,
                amendmentNumber, now, reason, technicalField, brokerAccount);
    }

    /** 注销登记 by the registering point: the registration is rescinded or void; the number is never reused. */
    ContractDeregistered deregister(KnownPoint point, DeregistrationReason reason, String explanation, Instant now) {
        ContractStatus next = ContractStatus.LIFECYCLE.apply("deregister", status);
        requireRegisteredAt(point);
        moveTo(next, now);
        deregistrationReason = reason;
        deregistrationExplanation = explanation;
        deregisteredAt = now;
        return new ContractDeregistered(id, registrationNumber, title, contractType, sellerParty(),
                buyerParty(), intermediary == null ? null : intermediary.toParty(),
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
