package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Programmes as data, run by admins (ADR 0025): open one for a budget year with its terms and budget, add a version of
 * its terms from a day, top its budget up, close it, copy it to another year; read a year's state, a programme and
 * its versions. The province runs every programme, a city those of its sub-market ({@link ProgrammeAccess}); what
 * an admin may not see is 404, what it sees but does not run 403.
 */
@ApplicationScoped
public class ProgrammeAdministration {

    /** How many of a year's registrations awaiting a programme its view lists. */
    static final int AWAITING_LISTED = 20;

    private final ProgrammeRepository programmes;
    private final TermsVersionRepository versions;
    private final Budgets budgets;
    private final Ledger ledger;
    private final Clock clock;
    private final Event<ProgrammeOpened> opened;
    private final AwaitingRegistrations awaiting;

    ProgrammeAdministration(ProgrammeRepository programmes, TermsVersionRepository versions, Budgets budgets,
            Ledger ledger, Clock clock, Event<ProgrammeOpened> opened, AwaitingRegistrations awaiting) {
        this.programmes = programmes;
        this.versions = versions;
        this.budgets = budgets;
        this.ledger = ledger;
        this.clock = clock;
        this.opened = opened;
        this.awaiting = awaiting;
    }

    /**
     * Opens a programme for its budget year: version 1 of its terms in force from the year's first day, the initial
     * budget allocated (Dr APPROPRIATION, Cr BUDGET), and the year's contracts registered before it assessed under it
     * ({@link ProgrammeOpened}), all in one transaction.
     *
     * @throws ProblemException 400 {@code SUB_MARKET_UNKNOWN} and the terms' codes ({@link TermsRules}), 403
     *                          {@code PROGRAMME_OUTSIDE_SUB_MARKET}, 409 {@code PROGRAMME_YEAR_EXISTS}
     */
    @Transactional
    ProgrammeView open(Actor actor, ProgrammeRequests.Open request) {
        if (!GuangxiRegions.isValid(request.subMarket())) {
            throw ProblemException.badRequest("SUB_MARKET_UNKNOWN", request.subMarket());
        }
        if (!ProgrammeAccess.runs(actor, request.subMarket())) {
            throw ProblemException.forbidden("PROGRAMME_OUTSIDE_SUB_MARKET", request.subMarket());
        }
        int year = request.budgetYear();
        ProgrammeTerms terms = TermsRules.terms(request.code(), request.rule(), request.subMarket(), request.terms(),
                LocalDate.of(year, 1, 1));
        budgets.open(terms, request.name().strip(), request.nameEn().strip(), year, request.budget(), who(actor));
        opened.fire(new ProgrammeOpened(request.code(), year));
        return view(actor, programmes.find(request.code(), year).orElseThrow());
    }

    /**
     * A new version of the programme's terms, in force from {@code request.effectiveFrom()}: today or later in China
     * time, within the budget year, not before the newest version. What was assessed before keeps its version.
     *
     * @throws ProblemException 400 {@code EFFECTIVE_DATE_IN_PAST}, {@code EFFECTIVE_DATE_OUTSIDE_YEAR} and the terms'
     *                          codes, 403 {@code PROGRAMME_OUTSIDE_SUB_MARKET}, 404 {@code PROGRAMME_NOT_FOUND}, 409
     *                          {@code PROGRAMME_CLOSED}, {@code EFFECTIVE_DATE_BEFORE_LATEST_VERSION}
     */
    @Transactional
    TermsVersionView newVersion(Actor actor, String code, int year, ProgrammeRequests.NewVersion request) {
        Programme p = running(actor, code, year);
        budgets.lock(code, year); // one change of a programme-year at a time
        if (!p.isOpen()) {
            throw ProblemException.conflict("PROGRAMME_CLOSED", code, String.valueOf(year));
        }
        List<TermsVersion> all = versions.of(code, year);
        TermsVersion latest = all.get(all.size() - 1);
        LocalDate today = MarketClock.today(clock);
        TermsVersions.refusal(today, year, latest.effectiveFrom, request.effectiveFrom()).ifPresent(refusal -> {
            String at = request.effectiveFrom().toString();
            throw refusal == TermsVersions.Refusal.EFFECTIVE_DATE_BEFORE_LATEST_VERSION
                    ? ProblemException.conflict(refusal.name(), at, latest.effectiveFrom.toString())
                    : ProblemException.badRequest(refusal.name(), at, today.toString(), String.valueOf(year));
        });
        ProgrammeTerms terms = TermsRules.terms(code, p.rule, p.subMarket, request.terms(), request.effectiveFrom());
        TermsVersion next = TermsVersion.of(terms, year, latest.version + 1, request.effectiveFrom(),
                request.reason().strip(), who(actor), MarketClock.now(clock));
        versions.persistAndFlush(next);
        p.apply(next);
        return TermsVersionView.of(next, next.effectiveFrom.equals(today));
    }

    /**
     * Tops the programme-year's budget up (Dr APPROPRIATION, Cr BUDGET); what waits for it is then granted, oldest
     * first ({@link BudgetAvailable}). Also for a closed programme: what it decided before its close may still wait.
     */
    @Transactional
    ProgrammeView topUp(Actor actor, String code, int year, ProgrammeRequests.TopUp request) {
        Programme p = running(actor, code, year);
        String why = request.reason() == null || request.reason().isBlank() ? "" : "：" + request.reason().strip();
        budgets.allocate(code, year, request.amount(), year + "年度" + p.nameZh + "追加预算" + why);
        return view(actor, p);
    }

    /** Closes the programme: nothing registered after now is assessed under it; what it decided stays. */
    @Transactional
    ProgrammeView close(Actor actor, String code, int year) {
        Programme p = running(actor, code, year);
        budgets.lock(code, year);
        p.close(MarketClock.now(clock));
        return view(actor, p);
    }

    /**
     * Opens the programme in {@code toYear} with the terms of its newest version, in force from that year's first
     * day, and no budget yet (the admin tops it up; what the year registered waits for it).
     */
    @Transactional
    ProgrammeView copy(Actor actor, String code, int year, int toYear) {
        Programme p = running(actor, code, year);
        List<TermsVersion> all = versions.of(code, year);
        TermsVersion latest = all.get(all.size() - 1);
        ProgrammeTerms terms = latest.terms(p.rule, p.subMarket).withEffectiveFrom(LocalDate.of(toYear, 1, 1));
        budgets.open(terms, p.nameZh, p.nameEn, toYear, BigDecimal.ZERO.setScale(2), who(actor));
        opened.fire(new ProgrammeOpened(code, toYear));
        return view(actor, programmes.find(code, toYear).orElseThrow());
    }

    @Transactional
    ProgrammeView get(Actor actor, String code, int year) {
        return view(actor, visible(actor, code, year));
    }

    /** Every version of the programme-year's terms, oldest first, the one in force today marked. */
    @Transactional
    List<TermsVersionView> versions(Actor actor, String code, int year) {
        visible(actor, code, year);
        List<TermsVersion> all = versions.of(code, year);
        TermsVersion shown = shown(all, year);
        return all.stream().map(v -> TermsVersionView.of(v, v == shown && inForceToday(v, year))).toList();
    }

    /** The programmes of {@code year} the admin sees (this year in China time when null), by code. */
    @Transactional
    Page<ProgrammeView> list(Actor actor, Integer year, Paging paging) {
        int y = year != null ? year : MarketClock.today(clock).getYear();
        return programmes.seenBy(y, actor.subMarket().prefix(), covering(actor), paging).map(p -> view(actor, p));
    }

    /**
     * The year's state for the admin: its programmes the admin sees (none: {@code NO_PROGRAMME}; one open:
     * {@code OPEN}; all closed: {@code CLOSED}), the registrations of the year awaiting a programme.
     */
    @Transactional
    YearView year(Actor actor, int year) {
        List<ProgrammeView> seen = programmes.seenBy(year, actor.subMarket().prefix(), covering(actor)).stream()
                .map(p -> view(actor, p)).toList();
        YearView.YearState state = seen.isEmpty() ? YearView.YearState.NO_PROGRAMME
                : seen.stream().anyMatch(p -> "OPEN".equals(p.status())) ? YearView.YearState.OPEN
                : YearView.YearState.CLOSED;
        return new YearView(year, state, seen, awaiting.count(year), awaiting.first(year, AWAITING_LISTED),
                List.of(ProgrammeAccess.OPEN));
    }

    /** The programme, if the admin sees it; 404 otherwise (unknown and not its business alike). */
    private Programme visible(Actor actor, String code, int year) {
        return programmes.find(code, year).filter(p -> ProgrammeAccess.sees(actor, p.subMarket))
                .orElseThrow(() -> ProblemException.notFound("PROGRAMME_NOT_FOUND", code, String.valueOf(year)));
    }

    /** The programme, if the admin runs it: 404 when it does not see it, 403 when it sees but does not run it. */
    private Programme running(Actor actor, String code, int year) {
        Programme p = visible(actor, code, year);
        if (!ProgrammeAccess.runs(actor, p.subMarket)) {
            throw ProblemException.forbidden("PROGRAMME_OUTSIDE_SUB_MARKET", p.subMarket);
        }
        return p;
    }

    private ProgrammeView view(Actor actor, Programme p) {
        List<TermsVersion> all = versions.of(p.code, p.budgetYear);
        BigDecimal remaining = budgets.remaining(p.code, p.budgetYear);
        BigDecimal paid = ledger.balance(Account.bank(p.code, p.budgetYear)).negate();
        boolean nextYearFree = programmes.find(p.code, p.budgetYear + 1).isEmpty();
        List<String> actions = ProgrammeAccess.actions(actor, p.subMarket, p.isOpen(),
                TermsVersions.changeable(MarketClock.today(clock), p.budgetYear), nextYearFree);
        return ProgrammeView.of(p, shown(all, p.budgetYear), remaining, paid, actions);
    }

    /**
     * The version a programme's page shows: the one in force today; before its year, the first; after it, the one
     * in force on its last day.
     */
    private TermsVersion shown(List<TermsVersion> all, int year) {
        LocalDate today = MarketClock.today(clock);
        LocalDate day = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        return TermsVersions.inForce(all, TermsVersion::dated, day).orElse(all.get(0));
    }

    private boolean inForceToday(TermsVersion v, int year) {
        return MarketClock.today(clock).getYear() == year && !v.effectiveFrom.isAfter(MarketClock.today(clock));
    }

    /** The sub-markets whose programmes cover the admin's own region (the province's for a city, …). */
    private static Set<String> covering(Actor actor) {
        String region = actor.subMarket().region();
        Set<String> covering = new LinkedHashSet<>();
        for (String candidate : List.of(GuangxiRegions.PROVINCE, region.substring(0, 4) + "00", region)) {
            if (candidate.startsWith("45") && gx.techmarket.platform.security.SubMarket.of(candidate).covers(region)) {
                covering.add(candidate);
            }
        }
        return covering;
    }

    /** Who made a version: the admin's user name and organisation. */
    private static String who(Actor actor) {
        String who = actor.username() + "（" + actor.organisation().name() + "）";
        return who.length() > 200 ? who.substring(0, 200) : who;
    }
}
