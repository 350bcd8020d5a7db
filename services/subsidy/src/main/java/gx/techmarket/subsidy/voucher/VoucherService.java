package gx.techmarket.subsidy.voucher;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.contracts.events.VoucherRedeemed;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.organisations.Qualification;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.subsidy.entitlement.ContractRegistrations;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.BeneficiaryYears;
import gx.techmarket.subsidy.programme.BudgetAvailable;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantPosted;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 创新券: rounds on a VOUCHER programme's budget, vouchers issued to 科技型中小企业, a provider chosen anywhere in
 * Guangxi, redemption with a registered contract and the fee paid. Every movement of money is a ledger entry under
 * the programme-year's budget lock (ADR 0028): issue Dr BUDGET Cr VOUCHER, redemption Dr VOUCHER Cr PAYABLE (payee)
 * and Cr BUDGET (the unused rest), expiry Dr VOUCHER Cr BUDGET. Each is announced in its transaction through the
 * outbox ({@code subsidy.VoucherIssued/VoucherRedeemed/VoucherExpired.v1}); the budget's side of each posting is
 * announced by the programme package ({@code subsidy.BudgetChanged.v1}).
 */
@ApplicationScoped
class VoucherService {

    static final String SOURCE_TYPE = "VOUCHER";

    private final VoucherRoundRepository rounds;
    private final VoucherRepository vouchers;
    private final Providers providers;
    private final Directory directory;
    private final Budgets budgets;
    private final BeneficiaryYears beneficiaryYears;
    private final Ledger ledger;
    private final ContractRegistrations registrations;
    private final Event<GrantPosted> grantPosted;
    private final Event<BudgetAvailable> budgetAvailable;
    private final Outbox outbox;
    private final Clock clock;

    VoucherService(VoucherRoundRepository rounds, VoucherRepository vouchers, Providers providers,
            Directory directory, Budgets budgets, BeneficiaryYears beneficiaryYears, Ledger ledger,
            ContractRegistrations registrations, Event<GrantPosted> grantPosted,
            Event<BudgetAvailable> budgetAvailable, Outbox outbox, Clock clock) {
        this.rounds = rounds;
        this.vouchers = vouchers;
        this.providers = providers;
        this.directory = directory;
        this.budgets = budgets;
        this.beneficiaryYears = beneficiaryYears;
        this.ledger = ledger;
        this.registrations = registrations;
        this.grantPosted = grantPosted;
        this.budgetAvailable = budgetAvailable;
        this.outbox = outbox;
        this.clock = clock;
    }

    // ---- rounds ----

    /**
     * Opens a round on a VOUCHER programme of the admin's sub-market.
     *
     * @throws ProblemException 404 {@code PROGRAMME_NOT_FOUND} (no such programme-year, or not the admin's), 409
     *                          {@code VOUCHER_PROGRAMME_REQUIRED} / {@code VOUCHER_PROGRAMME_CLOSED}, 400
     *                          {@code VOUCHER_ROUND_DATES_INVALID}
     */
    @Transactional
    VoucherRoundView open(Actor actor, RoundRequest request) {
        ProgrammeTerms terms = budgets.terms(request.programme(), request.year())
                .filter(t -> actor.operates(t.subMarket()))
                .orElseThrow(() -> ProblemException.notFound("PROGRAMME_NOT_FOUND", request.programme(),
                        String.valueOf(request.year())));
        if (terms.rule() != RuleKind.VOUCHER) {
            throw ProblemException.conflict("VOUCHER_PROGRAMME_REQUIRED", request.programme());
        }
        if (!budgets.isOpen(request.programme(), request.year())) {
            throw ProblemException.conflict("VOUCHER_PROGRAMME_CLOSED", request.programme(),
                    String.valueOf(request.year()));
        }
        LocalDate today = today();
        VoucherRules.checkRoundDates(request.applyFrom(), request.applyTo(), request.expiresOn(), today);
        VoucherRound round = new VoucherRound(request.programme(), request.year(), request.name().strip(),
                request.faceValue(), request.mode(), request.feeShare(), request.applyFrom(), request.applyTo(),
                request.expiresOn(), terms.subMarket(), actor.orgId(), now());
        rounds.persistAndFlush(round);
        return VoucherRoundView.of(round, today, rounds.totals(round.id()), List.of());
    }

    /** The rounds of the admin's sub-market with their totals, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<VoucherRoundView> list(Actor actor, Integer year, Paging paging) {
        LocalDate today = today();
        return rounds.ofSubMarket(actor.subMarket(), year, paging)
                .map(r -> VoucherRoundView.of(r, today, rounds.totals(r.id()), List.of()));
    }

    /** A round's vouchers, newest first: the admins of its sub-market (others: 404 {@code VOUCHER_ROUND_NOT_FOUND}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<VoucherView> vouchersOf(Actor actor, UUID roundId, Paging paging) {
        VoucherRound round = rounds.findByIdOptional(roundId).filter(r -> actor.operates(r.subMarket))
                .orElseThrow(() -> ProblemException.notFound("VOUCHER_ROUND_NOT_FOUND"));
        return vouchers.ofRound(round.id(), paging).map(v -> view(actor, v, round));
    }

    /** The rounds taking applications today whose sub-market covers the caller's organisation, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<VoucherRoundView> openRounds(Actor actor) {
        LocalDate today = today();
        String region = actor.organisation().region();
        return rounds.openOn(today).stream()
                .filter(r -> SubMarket.of(r.subMarket).covers(region))
                .map(r -> VoucherRoundView.of(r, today, null, mayApply(actor, r) ? List.of("apply") : List.of()))
                .toList();
    }

    private boolean mayApply(Actor actor, VoucherRound round) {
        return actor.has(Role.ENTERPRISE) && !vouchers.holds(round.id(), actor.orgId())
                && techSme(actor.orgId(), today()).isPresent();
    }

    // ---- vouchers ----

    /**
     * Issues the caller's enterprise a voucher of the round: it holds a valid TECH_SME qualification today, lies in
     * the round's sub-market, holds none of the round yet, and the budget has the face value.
     *
     * @throws ProblemException 404 {@code VOUCHER_ROUND_NOT_FOUND}; 409 {@code VOUCHER_ROUND_NOT_OPEN},
     *                          {@code VOUCHER_HOLDER_NOT_QUALIFIED}, {@code VOUCHER_OUTSIDE_SUB_MARKET},
     *                          {@code VOUCHER_ALREADY_ISSUED}, {@code VOUCHER_BUDGET_EXHAUSTED}
     */
    @Transactional
    VoucherView apply(Actor actor, UUID roundId) {
        VoucherRound round = rounds.findByIdOptional(roundId)
                .orElseThrow(() -> ProblemException.notFound("VOUCHER_ROUND_NOT_FOUND"));
        LocalDate today = today();
        if (!round.takesApplications(today)) {
            throw ProblemException.conflict("VOUCHER_ROUND_NOT_OPEN", round.applyFrom, round.applyTo);
        }
        OrganisationFacts holder = directory.current(actor.orgId()).filter(OrganisationFacts::verified)
                .orElseThrow(() -> ProblemException.conflict("VOUCHER_HOLDER_NOT_QUALIFIED"));
        if (!SubMarket.of(round.subMarket).covers(holder.region()) || !holder.region().startsWith("45")) {
            throw ProblemException.conflict("VOUCHER_OUTSIDE_SUB_MARKET", holder.region(), round.subMarket);
        }
        Qualification qualification = techSme(holder.uscc(), today)
                .orElseThrow(() -> ProblemException.conflict("VOUCHER_HOLDER_NOT_QUALIFIED"));
        // the programme-year's lock: applications of the round (and every other charge to the budget) queue here
        BigDecimal remaining = budgets.lock(round.programmeCode, round.budgetYear);
        if (vouchers.holds(round.id(), holder.uscc())) {
            throw ProblemException.conflict("VOUCHER_ALREADY_ISSUED");
        }
        if (remaining.compareTo(round.faceValue) < 0) {
            throw ProblemException.conflict("VOUCHER_BUDGET_EXHAUSTED", remaining.toPlainString(),
                    round.faceValue.toPlainString());
        }
        UUID id = UUID.randomUUID();
        UUID entry = ledger.post(Posting.of(EntryKind.VOUCHER_ISSUE,
                "创新券发放：" + round.name + "，" + holder.name() + "（" + holder.uscc() + "）", SOURCE_TYPE, id,
                List.of(Posting.Line.debit(Account.budget(round.programmeCode, round.budgetYear), round.faceValue),
                        Posting.Line.credit(Account.voucher(round.programmeCode, round.budgetYear),
                                round.faceValue))));
        Voucher voucher = new Voucher(id, round, holder.party(), qualification.number(), entry, now());
        vouchers.persistAndFlush(voucher);
        outbox.publish(voucher.issued(round));
        return view(actor, voucher, round);
    }

    /** The vouchers of the caller's organisation, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<VoucherView> mine(Actor actor, Paging paging) {
        return vouchers.heldBy(actor.orgId(), paging).map(v -> view(actor, v, round(v)));
    }

    /** The vouchers that chose the caller's organisation as provider and wait for its redemption, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<VoucherView> queue(Actor actor, Paging paging) {
        return vouchers.queueOf(actor.orgId(), paging).map(v -> view(actor, v, round(v)));
    }

    /** One voucher: its holder, its chosen provider and the admins of its round's or holder's sub-market. */
    @Transactional(Transactional.TxType.SUPPORTS)
    VoucherView get(Actor actor, UUID id) {
        Voucher voucher = vouchers.findByIdOptional(id).orElseThrow(VoucherService::notFound);
        VoucherRound round = round(voucher);
        if (!maySee(actor, voucher, round)) {
            throw notFound();
        }
        return view(actor, voucher, round);
    }

    /** The 创新券服务机构 qualified today, anywhere in Guangxi. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ProviderView> providers() {
        return providers.on(today());
    }

    /**
     * The holder chooses (or changes) the provider it buys the service from, while the voucher is issued.
     *
     * @throws ProblemException 404 {@code VOUCHER_NOT_FOUND}; 409 {@code VOUCHER_ALREADY_REDEEMED},
     *                          {@code VOUCHER_EXPIRED}, {@code PROVIDER_NOT_QUALIFIED}
     */
    @Transactional
    VoucherView chooseProvider(Actor actor, UUID id, ProviderRequest request) {
        Voucher voucher = vouchers.lock(id).filter(v -> actor.belongsTo(v.holderUscc))
                .orElseThrow(VoucherService::notFound);
        VoucherRound round = round(voucher);
        requireUsable(voucher, round);
        if (request.providerUscc().equals(voucher.holderUscc)) {
            throw ProblemException.conflict("PROVIDER_NOT_QUALIFIED", request.providerUscc());
        }
        Providers.Qualified provider = providers.qualified(request.providerUscc(), today())
                .orElseThrow(() -> ProblemException.conflict("PROVIDER_NOT_QUALIFIED", request.providerUscc()));
        voucher.chooseProvider(provider.facts().party(), now());
        vouchers.flush();
        return view(actor, voucher, round);
    }

    /**
     * The chosen provider redeems the voucher with the registered contract between itself (seller) and the holder
     * (buyer) and the fee paid: the voucher pays min(face value, fee × fee share) to the provider (通兑) or the
     * holder (通用), the rest of its face value goes back to the budget, and {@link GrantPosted} makes the payment
     * due.
     *
     * @throws ProblemException 404 {@code VOUCHER_NOT_FOUND}; 400 {@code VOUCHER_PAID_IN_FUTURE}; 409
     *                          {@code VOUCHER_ALREADY_REDEEMED}, {@code VOUCHER_EXPIRED}, {@code PROVIDER_NOT_QUALIFIED},
     *                          {@code VOUCHER_CONTRACT_NOT_REGISTERED}, {@code VOUCHER_CONTRACT_PARTIES_MISMATCH},
     *                          {@code VOUCHER_CONTRACT_BEFORE_ISSUE}, {@code VOUCHER_FEE_ABOVE_CONTRACT},
     *                          {@code VOUCHER_CONTRACT_ALREADY_USED}, {@code VOUCHER_PAYEE_YEAR_CAP_REACHED}
     */
    @Transactional
    VoucherView redeem(Actor actor, UUID id, RedemptionRequest request) {
        Voucher voucher = vouchers.lock(id)
                .filter(v -> v.providerUscc != null && actor.belongsTo(v.providerUscc))
                .orElseThrow(VoucherService::notFound);
        VoucherRound round = round(voucher);
        LocalDate today = today();
        if (request.paidOn().isAfter(today)) {
            throw ProblemException.badRequest("VOUCHER_PAID_IN_FUTURE", request.paidOn(), today);
        }
        requireUsable(voucher, round);
        Providers.Qualified provider = providers.qualified(voucher.providerUscc, today)
                .orElseThrow(() -> ProblemException.conflict("PROVIDER_NOT_QUALIFIED", voucher.providerUscc));
        ContractRegistered contract = registrations.byNumber(request.registrationNumber())
                .orElseThrow(() -> ProblemException.conflict("VOUCHER_CONTRACT_NOT_REGISTERED",
                        request.registrationNumber()));
        if (!voucher.providerUscc.equals(contract.seller().uscc())
                || !voucher.holderUscc.equals(contract.buyer().uscc())) {
            throw ProblemException.conflict("VOUCHER_CONTRACT_PARTIES_MISMATCH", request.registrationNumber());
        }
        LocalDate issuedOn = LocalDate.ofInstant(voucher.issuedAt, MarketClock.CHINA);
        if (contract.signedOn().isBefore(issuedOn)) {
            throw ProblemException.conflict("VOUCHER_CONTRACT_BEFORE_ISSUE", contract.signedOn(), issuedOn);
        }
        if (request.fee().compareTo(contract.technologyTransactionAmount()) > 0) {
            throw ProblemException.conflict("VOUCHER_FEE_ABOVE_CONTRACT", request.fee().toPlainString(),
                    contract.technologyTransactionAmount().toPlainString());
        }
        String payee = round.mode == VoucherMode.TONGDUI ? voucher.providerUscc : voucher.holderUscc;
        BigDecimal amount = VoucherRules.redemptionAmount(voucher.faceValue, request.fee(), round.feeShare);

        String code = round.programmeCode;
        int year = round.budgetYear;
        budgets.lock(code, year);
        // under the budget's lock: two redemptions of one programme-year with the same contract queue here
        if (vouchers.contractUsed(request.registrationNumber())) {
            throw ProblemException.conflict("VOUCHER_CONTRACT_ALREADY_USED", request.registrationNumber());
        }
        ProgrammeTerms terms = budgets.terms(code, year).orElseThrow();
        BigDecimal grantedSoFar = beneficiaryYears.lock(code, year, payee);
        if (terms.perBeneficiaryYearCap() != null) {
            BigDecimal left = terms.perBeneficiaryYearCap().subtract(grantedSoFar);
            if (left.signum() <= 0) {
                throw ProblemException.conflict("VOUCHER_PAYEE_YEAR_CAP_REACHED", payee,
                        terms.perBeneficiaryYearCap().toPlainString());
            }
            amount = amount.min(left);
        }
        BigDecimal returned = voucher.faceValue.subtract(amount);
        List<Posting.Line> lines = new ArrayList<>();
        lines.add(Posting.Line.debit(Account.voucher(code, year), voucher.faceValue));
        lines.add(Posting.Line.credit(Account.payable(code, payee), amount));
        if (returned.signum() > 0) {
            lines.add(Posting.Line.credit(Account.budget(code, year), returned));
        }
        String description = "创新券兑付：" + round.name + "，合同登记编号 " + request.registrationNumber() + "，"
                + (round.mode == VoucherMode.TONGDUI ? "通兑付服务机构" : "通用报销企业") + " " + payee;
        UUID entry = ledger.post(Posting.of(EntryKind.VOUCHER_REDEMPTION, description, SOURCE_TYPE, voucher.id(),
                lines));
        beneficiaryYears.add(code, year, payee, amount);
        Instant now = now();
        VoucherRedeemed redeemed = voucher.redeemed(round, new Voucher.Redemption(request.registrationNumber(),
                contract.contractId(), request.fee(), request.paidOn(), request.paymentReference().strip(), amount,
                returned, payee, entry, actor.userId(), provider.facts().kind()), now);
        vouchers.flush();
        outbox.publish(redeemed);
        grantPosted.fire(new GrantPosted(code, year, payee, SOURCE_TYPE, voucher.id(), entry, amount, description,
                now));
        if (returned.signum() > 0) {
            budgetAvailable.fire(new BudgetAvailable(code, year));
        }
        return view(actor, voucher, round);
    }

    /**
     * Expires every voucher still issued whose round's last day is before {@code today}: its face value goes back to
     * the budget (VOUCHER_EXPIRY Dr VOUCHER Cr BUDGET), then each programme-year given budget back is announced
     * ({@link BudgetAvailable}), so what waits for budget can be granted.
     *
     * @return how many vouchers expired now
     */
    @Transactional
    int expire(LocalDate today) {
        List<ProgrammeYear> freed = new ArrayList<>();
        int expired = 0;
        for (UUID id : vouchers.expiredOn(today)) {
            Optional<Voucher> locked = vouchers.lock(id);
            if (locked.isEmpty() || locked.get().status != VoucherStatus.ISSUED) {
                continue; // redeemed or expired since the list was read
            }
            Voucher voucher = locked.get();
            VoucherRound round = round(voucher);
            budgets.lock(round.programmeCode, round.budgetYear);
            UUID entry = ledger.post(Posting.of(EntryKind.VOUCHER_EXPIRY,
                    "创新券过期：" + round.name + "，" + voucher.holderName + "（" + voucher.holderUscc + "），有效期至 "
                            + round.expiresOn, SOURCE_TYPE, voucher.id(),
                    List.of(Posting.Line.debit(Account.voucher(round.programmeCode, round.budgetYear),
                                    voucher.faceValue),
                            Posting.Line.credit(Account.budget(round.programmeCode, round.budgetYear),
                                    voucher.faceValue))));
            outbox.publish(voucher.expired(round, entry, now()));
            ProgrammeYear py = new ProgrammeYear(round.programmeCode, round.budgetYear);
            if (!freed.contains(py)) {
                freed.add(py);
            }
            expired++;
        }
        vouchers.flush();
        freed.sort(Comparator.comparing(ProgrammeYear::code).thenComparing(ProgrammeYear::year));
        freed.forEach(py -> budgetAvailable.fire(new BudgetAvailable(py.code(), py.year())));
        return expired;
    }

    private record ProgrammeYear(String code, int year) {}

    // ---- helpers ----

    private void requireUsable(Voucher voucher, VoucherRound round) {
        if (voucher.status == VoucherStatus.REDEEMED) {
            throw ProblemException.conflict("VOUCHER_ALREADY_REDEEMED");
        }
        if (voucher.status == VoucherStatus.EXPIRED || VoucherRules.expired(round.expiresOn, today())) {
            throw ProblemException.conflict("VOUCHER_EXPIRED", round.expiresOn);
        }
    }

    private boolean maySee(Actor actor, Voucher voucher, VoucherRound round) {
        return actor.belongsTo(voucher.holderUscc)
                || (voucher.providerUscc != null && actor.belongsTo(voucher.providerUscc))
                || actor.operates(round.subMarket) || actor.operates(voucher.holderRegion);
    }

    private VoucherView view(Actor actor, Voucher voucher, VoucherRound round) {
        List<String> actions = new ArrayList<>();
        boolean usable = voucher.status == VoucherStatus.ISSUED && !VoucherRules.expired(round.expiresOn, today());
        if (usable && actor.belongsTo(voucher.holderUscc) && actor.has(Role.ENTERPRISE)) {
            actions.add("chooseProvider");
        }
        if (usable && voucher.providerUscc != null && actor.belongsTo(voucher.providerUscc)) {
            actions.add("redeem");
        }
        return VoucherView.of(voucher, round, List.copyOf(actions));
    }

    private Optional<Qualification> techSme(String uscc, LocalDate day) {
        return directory.qualificationsOn(uscc, day).stream()
                .filter(q -> q.kind() == QualificationKind.TECH_SME)
                .max(Comparator.comparing(Qualification::validFrom));
    }

    private VoucherRound round(Voucher voucher) {
        return rounds.findById(voucher.roundId);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("VOUCHER_NOT_FOUND");
    }

    private LocalDate today() {
        return MarketClock.today(clock);
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
