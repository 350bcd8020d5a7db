package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.directory.organisation.Views.BankAccountView;
import gx.techmarket.directory.organisation.Views.HistoryEntry;
import gx.techmarket.directory.organisation.Views.OpenPointView;
import gx.techmarket.directory.organisation.Views.OrganisationSummary;
import gx.techmarket.directory.organisation.Views.OrganisationView;
import gx.techmarket.directory.organisation.Views.PointView;
import gx.techmarket.directory.organisation.Views.QualificationView;
import gx.techmarket.directory.organisation.Views.VerifiedBankAccount;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Uscc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory's use cases. Every change is made by an admin of the organisation's sub-market (its bank account
 * also by the organisation's own users), recorded in its history and, once the organisation is verified,
 * published in the same transaction.
 */
@ApplicationScoped
public class OrganisationService {

    private final Organisations organisations;
    private final Qualifications qualifications;
    private final RegistrationPoints points;
    private final OrganisationChanges changes;
    private final DirectoryEvents events;
    private final Clock clock;

    OrganisationService(Organisations organisations, Qualifications qualifications, RegistrationPoints points,
            OrganisationChanges changes, DirectoryEvents events, Clock clock) {
        this.organisations = organisations;
        this.qualifications = qualifications;
        this.points = points;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    // ---- reads

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<OrganisationSummary> search(Actor actor, Organisations.Search search, OrganisationOrder order,
            Paging paging) {
        Caller caller = Caller.of(actor);
        if (caller.operated() == null && search.status() != null && search.status() != OrganisationStatus.VERIFIED) {
            return Page.of(List.of(), 0, paging); // only operators see applications and suspended organisations
        }
        Organisations.Found found = organisations.search(search, caller.operated(), order, paging);
        return Page.of(found.items(), found.total(), paging).map(OrganisationSummary::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    OrganisationView get(Actor actor, String uscc) {
        Caller caller = Caller.of(actor);
        return view(caller, visible(caller, uscc));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<HistoryEntry> history(Actor actor, String uscc, Paging paging) {
        Caller caller = Caller.of(actor);
        Organisation o = visible(caller, uscc);
        if (!caller.seesOwnDataOf(o)) {
            throw ProblemException.forbidden("NOT_ORGANISATION_MEMBER");
        }
        OrganisationChanges.Found found = changes.of(o.uscc(), paging);
        return Page.of(found.items(), found.total(), paging).map(HistoryEntry::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<OpenPointView> openPoints(Paging paging) {
        RegistrationPoints.Found found = points.open(paging);
        return Page.of(found.items(), found.total(), paging).map(p -> {
            Organisation o = organisations.byUscc(p.uscc()).orElseThrow();
            return new OpenPointView(o.uscc(), o.name(), o.region(), Views.regionName(o.region()), p.code(),
                    p.openedAt());
        });
    }

    // ---- organisations

    @Transactional
    OrganisationView create(Actor actor, OrganisationRequest r) {
        Caller caller = Caller.of(actor);
        requireOperates(caller, r.region());
        if (organisations.byUscc(r.uscc()).isPresent()) {
            throw ProblemException.conflict("ORGANISATION_EXISTS", r.uscc()).withField("uscc", "ORGANISATION_EXISTS");
        }
        if (r.parentUscc() != null) {
            checkParent(r.uscc(), r.parentUscc());
        }
        Instant now = MarketClock.now(clock);
        Organisation o = new Organisation(r.uscc(), r.name().strip(), strip(r.nameEn()), r.kind(), r.region(),
                r.parentUscc(), now);
        organisations.persist(o);
        record(o.uscc(), "create", caller, null, o.snapshot(), now);
        return view(caller, o);
    }

    @Transactional
    OrganisationView edit(Actor actor, String uscc, OrganisationEdit r) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        requireOperates(caller, r.region());
        Organisation.Facts before = o.facts();
        Organisation.Facts after = new Organisation.Facts(r.name().strip(), strip(r.nameEn()), r.kind(), r.region(),
                r.parentUscc());
        List<String> changed = Organisation.changed(before, after);
        if (changed.isEmpty()) {
            return view(caller, o);
        }
        if (changed.contains("parentUscc") && after.parentUscc() != null) {
            checkParent(o.uscc(), after.parentUscc());
        }
        if ((changed.contains("kind") || changed.contains("region")) && openPoint(o.uscc()).isPresent()) {
            throw ProblemException.conflict("REGISTRATION_POINT_OPEN", o.name());
        }
        Map<String, Object> snapshotBefore = o.snapshot();
        Instant now = MarketClock.now(clock);
        o.edit(after, now);
        record(o.uscc(), "edit", caller, snapshotBefore, o.snapshot(), now);
        if (o.isVerified()) {
            events.changed(o, changed, now);
        }
        return flushed(caller, o);
    }

    @Transactional
    OrganisationView verify(Actor actor, String uscc) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        Instant now = MarketClock.now(clock);
        Map<String, Object> before = o.snapshot();
        o.verify(actor.username(), now);
        if (o.parentUscc() != null && !organisations.byUscc(o.parentUscc()).map(Organisation::isVerified)
                .orElse(false)) {
            throw ProblemException.conflict("PARENT_NOT_VERIFIED", o.parentUscc());
        }
        record(o.uscc(), "verify", caller, before, o.snapshot(), now);
        events.verified(o, now);
        announceQualifications(o, now);
        return flushed(caller, o);
    }

    @Transactional
    OrganisationView suspend(Actor actor, String uscc, String reason) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        Instant now = MarketClock.now(clock);
        Map<String, Object> before = o.snapshot();
        o.suspend(actor.username(), reason.strip(), now);
        record(o.uscc(), "suspend", caller, before, o.snapshot(), now);
        events.suspended(o, reason.strip(), now);
        Optional<RegistrationPoint> point = openPoint(o.uscc());
        if (point.isPresent()) {
            closePoint(point.get(), caller.changedBy(), reason.strip(), now);
        }
        return flushed(caller, o);
    }

    // ---- qualifications

    @Transactional
    OrganisationView grant(Actor actor, String uscc, QualificationRequest r) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        if (o.status() == OrganisationStatus.SUSPENDED) {
            throw ProblemException.conflict("ORGANISATION_SUSPENDED", o.name());
        }
        QualificationRules.check(r.kind(), r.number(), r.validFrom(), r.validTo(), o.kind(), o.region());
        LocalDate today = MarketClock.today(clock);
        if (r.kind() == QualificationKind.CONTRACT_REGISTRATION_BODY) {
            checkPointCode(o.uscc(), r.number(), today);
        }
        Instant now = MarketClock.now(clock);
        Qualification q = new Qualification(o.uscc(), r.kind(), r.number(), r.validFrom(), r.validTo(),
                actor.username(), now);
        qualifications.persist(q);
        record(o.uscc(), "grant-qualification", caller, null, q.snapshot(), now);
        if (o.isVerified()) {
            events.granted(q, now);
        }
        return view(caller, o);
    }

    @Transactional
    OrganisationView revoke(Actor actor, String uscc, String qualificationId, String reason) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        Qualification q = qualification(o, qualificationId);
        if (q.endedAt != null) {
            throw ProblemException.conflict("QUALIFICATION_ENDED");
        }
        Instant now = MarketClock.now(clock);
        LocalDate yesterday = MarketClock.today(clock).minusDays(1);
        Map<String, Object> before = q.snapshot();
        q.revoke(actor.username(), reason.strip(), now);
        record(o.uscc(), "revoke-qualification", caller, before, q.snapshot(), now);
        if (q.announced()) {
            // revoked today, it was last valid yesterday (or on its own last day, if that came first)
            LocalDate lastDay = q.validTo() != null && q.validTo().isBefore(yesterday) ? q.validTo() : yesterday;
            events.expired(q, lastDay, reason.strip());
        }
        closePointOf(q, caller.changedBy(), reason.strip(), now);
        return flushed(caller, o);
    }

    /**
     * Ends the qualifications whose last day is past (the daily job): each told once as expired, each registration
     * point that stood on one closed. How many ended.
     */
    @Transactional
    public int endPastQualifications(int limit) {
        LocalDate today = MarketClock.today(clock);
        Instant now = MarketClock.now(clock);
        List<Qualification> past = qualifications.lockPast(today, limit);
        OrganisationChange.ChangedBy directory = new OrganisationChange.ChangedBy("directory", "机构库", "directory");
        for (Qualification q : past) {
            Map<String, Object> before = q.snapshot();
            q.end(now);
            Map<String, Object> after = q.snapshot();
            after.put("ended", true);
            record(q.organisationUscc(), "qualification-expired", directory, before, after, now);
            if (q.announced()) {
                events.expired(q, q.validTo(), null);
            }
            closePointOf(q, directory, "资质期满 qualification expired on " + q.validTo(), now);
        }
        return past.size();
    }

    // ---- bank account

    @Transactional
    OrganisationView setBankAccount(Actor actor, String uscc, BankAccountRequest r) {
        Caller caller = Caller.of(actor);
        Organisation o = visible(caller, uscc);
        if (!caller.seesOwnDataOf(o)) {
            throw ProblemException.forbidden("NOT_ORGANISATION_MEMBER");
        }
        String bank = r.bankName().strip();
        String accountName = r.accountName().strip();
        if (sameAccount(o, bank, r.accountNumber(), accountName)) {
            return view(caller, o); // the same account: its verification stands
        }
        Instant now = MarketClock.now(clock);
        Map<String, Object> before = o.hasBankAccount() ? o.bankSnapshot() : null;
        o.setBankAccount(bank, r.accountNumber(), accountName, now);
        record(o.uscc(), "set-bank-account", caller, before, o.bankSnapshot(), now);
        return flushed(caller, o);
    }

    @Transactional
    OrganisationView verifyBankAccount(Actor actor, String uscc) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        if (!o.hasBankAccount()) {
            throw ProblemException.conflict("BANK_ACCOUNT_MISSING", o.name());
        }
        if (o.bankAccountVerified()) {
            throw ProblemException.conflict("BANK_ACCOUNT_ALREADY_VERIFIED", o.name());
        }
        Instant now = MarketClock.now(clock);
        Map<String, Object> before = o.bankSnapshot();
        o.verifyBankAccount(actor.username(), now);
        record(o.uscc(), "verify-bank-account", caller, before, o.bankSnapshot(), now);
        return flushed(caller, o);
    }

    /**
     * The verified accounts of the verified organisations among {@code usccs}, in the order asked (each once); the
     * others are left out: a payment goes only to an account an admin verified, of an organisation in force.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<VerifiedBankAccount> verifiedBankAccounts(List<String> usccs) {
        List<VerifiedBankAccount> found = new ArrayList<>();
        for (String uscc : new java.util.LinkedHashSet<>(usccs)) {
            organisations.byUscc(uscc).filter(o -> o.isVerified() && o.bankAccountVerified())
                    .ifPresent(o -> found.add(new VerifiedBankAccount(o.uscc(), o.name(), o.bankName,
                            o.bankAccountNumber, o.bankAccountName, o.bankVerifiedAt)));
        }
        return List.copyOf(found);
    }

    // ---- registration points

    @Transactional
    OrganisationView openRegistrationPoint(Actor actor, String uscc) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        LocalDate today = MarketClock.today(clock);
        if (o.kind() != OrgKind.REGISTRY) {
            throw ProblemException.conflict("NOT_A_REGISTRATION_BODY", o.name());
        }
        if (!o.isVerified()) {
            throw ProblemException.conflict("REGISTRATION_BODY_NOT_VERIFIED", o.name());
        }
        Qualification q = registrationQualification(o.uscc(), today)
                .orElseThrow(() -> ProblemException.conflict("NO_REGISTRATION_QUALIFICATION", o.name()));
        Optional<RegistrationPoint> existing = points.findByIdOptional(o.uscc());
        if (existing.isPresent() && existing.get().isOpen()) {
            throw ProblemException.conflict("REGISTRATION_POINT_ALREADY_OPEN", existing.get().code());
        }
        Optional<RegistrationPoint> holder = points.byCode(q.number());
        if (holder.isPresent() && !holder.get().uscc().equals(o.uscc())) {
            throw ProblemException.conflict("POINT_CODE_TAKEN", q.number());
        }
        Instant now = MarketClock.now(clock);
        Map<String, Object> before = existing.map(RegistrationPoint::snapshot).orElse(null);
        RegistrationPoint p;
        if (existing.isPresent()) {
            p = existing.get();
            p.open(q.number(), actor.username(), now);
        } else {
            p = new RegistrationPoint(o.uscc(), q.number(), actor.username(), now);
            points.persist(p);
        }
        record(o.uscc(), "open-registration-point", caller, before, p.snapshot(), now);
        events.pointOpened(o, p, now);
        return flushed(caller, o);
    }

    @Transactional
    OrganisationView closeRegistrationPoint(Actor actor, String uscc, String reason) {
        Caller caller = Caller.of(actor);
        Organisation o = operated(caller, uscc);
        RegistrationPoint p = openPoint(o.uscc())
                .orElseThrow(() -> ProblemException.conflict("REGISTRATION_POINT_NOT_OPEN", o.name()));
        closePoint(p, caller.changedBy(), reason.strip(), MarketClock.now(clock));
        return flushed(caller, o);
    }

    // ---- for the seed: the same changes, made by the directory itself

    /** Enters, verifies and publishes an organisation with its qualifications, as the seed and the operator's anchor do. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterVerified(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc,
            List<SeedQualification> granted, boolean openPoint) {
        Instant now = MarketClock.now(clock);
        OrganisationChange.ChangedBy directory = new OrganisationChange.ChangedBy("directory", "机构库", "directory");
        Organisation o = new Organisation(uscc, name, nameEn, kind, region, parentUscc, now);
        organisations.persist(o);
        record(uscc, "create", directory, null, o.snapshot(), now);
        Map<String, Object> before = o.snapshot();
        o.verify("directory", now);
        record(uscc, "verify", directory, before, o.snapshot(), now);
        events.verified(o, now);
        for (SeedQualification g : granted) {
            QualificationRules.check(g.kind(), g.number(), g.validFrom(), g.validTo(), kind, region);
            Qualification q = new Qualification(uscc, g.kind(), g.number(), g.validFrom(), g.validTo(), "directory",
                    now);
            qualifications.persist(q);
            record(uscc, "grant-qualification", directory, null, q.snapshot(), now);
            events.granted(q, now);
            if (openPoint && g.kind() == QualificationKind.CONTRACT_REGISTRATION_BODY) {
                RegistrationPoint p = new RegistrationPoint(uscc, g.number(), "directory", now);
                points.persist(p);
                record(uscc, "open-registration-point", directory, null, p.snapshot(), now);
                events.pointOpened(o, p, now);
            }
        }
    }

    /** A qualification the seed grants. */
    public record SeedQualification(QualificationKind kind, String number, LocalDate validFrom, LocalDate validTo) {}

    public boolean exists(String uscc) {
        return organisations.byUscc(uscc).isPresent();
    }

    // ---- helpers

    /**
     * The organisation an admin acts on: one it may not know of is 404, one outside its sub-market 403 (the resources
     * admit only admins to these actions).
     */
    private Organisation operated(Caller caller, String uscc) {
        Organisation o = visible(caller, uscc);
        requireOperates(caller, o.region());
        return o;
    }

    private static void requireOperates(Caller caller, String region) {
        if (!caller.operates(region)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", region);
        }
    }

    /** The organisation, if the caller may know of it; 404 otherwise (and for what is no USCC at all). */
    private Organisation visible(Caller caller, String uscc) {
        Organisation o = Uscc.isValid(uscc) ? organisations.byUscc(uscc).orElse(null) : null;
        if (o == null || !caller.sees(o)) {
            throw ProblemException.notFound("ORGANISATION_NOT_FOUND", uscc);
        }
        return o;
    }

    void checkParent(String uscc, String parentUscc) {
        if (parentUscc.equals(uscc)) {
            throw ProblemException.conflict("PARENT_CYCLE", uscc).withField("parentUscc", "PARENT_CYCLE");
        }
        Organisation parent = organisations.byUscc(parentUscc).orElseThrow(() ->
                ProblemException.badRequest("PARENT_NOT_FOUND", parentUscc).withField("parentUscc",
                        "PARENT_NOT_FOUND"));
        if (GroupTree.wouldCycle(uscc, parentUscc, organisations::parentOf)) {
            throw ProblemException.conflict("PARENT_CYCLE", uscc).withField("parentUscc", "PARENT_CYCLE");
        }
        if (!parent.isVerified()) {
            throw ProblemException.conflict("PARENT_NOT_VERIFIED", parentUscc)
                    .withField("parentUscc", "PARENT_NOT_VERIFIED");
        }
    }

    /** A point code is one point's: not another's point, nor another organisation's current qualification. */
    private void checkPointCode(String uscc, String code, LocalDate today) {
        Optional<RegistrationPoint> own = points.findByIdOptional(uscc);
        if (own.isPresent() && !own.get().code().equals(code)) {
            throw ProblemException.conflict("POINT_HAS_ANOTHER_CODE", own.get().code())
                    .withField("number", "POINT_HAS_ANOTHER_CODE");
        }
        boolean pointOfAnother = points.byCode(code).map(p -> !p.uscc().equals(uscc)).orElse(false);
        if (pointOfAnother || qualifications.heldByAnother(QualificationKind.CONTRACT_REGISTRATION_BODY, code, uscc,
                today)) {
            throw ProblemException.conflict("POINT_CODE_TAKEN", code).withField("number", "POINT_CODE_TAKEN");
        }
    }

    private Qualification qualification(Organisation o, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("QUALIFICATION_NOT_FOUND", id);
        }
        Qualification q = qualifications.findById(uuid);
        if (q == null || !q.organisationUscc().equals(o.uscc())) {
            throw ProblemException.notFound("QUALIFICATION_NOT_FOUND", id);
        }
        return q;
    }

    private Optional<Qualification> registrationQualification(String uscc, LocalDate today) {
        return qualifications.of(uscc).stream()
                .filter(q -> q.kind() == QualificationKind.CONTRACT_REGISTRATION_BODY && q.validOn(today))
                .findFirst();
    }

    private Optional<RegistrationPoint> openPoint(String uscc) {
        return points.findByIdOptional(uscc).filter(RegistrationPoint::isOpen);
    }

    /** A point standing on a qualification that ended closes with it. */
    private void closePointOf(Qualification q, OrganisationChange.ChangedBy by, String reason, Instant now) {
        if (q.kind() != QualificationKind.CONTRACT_REGISTRATION_BODY) {
            return;
        }
        Optional<RegistrationPoint> open = openPoint(q.organisationUscc()).filter(p -> p.code().equals(q.number()));
        if (open.isPresent()) {
            closePoint(open.get(), by, reason, now);
        }
    }

    private void closePoint(RegistrationPoint p, OrganisationChange.ChangedBy by, String reason, Instant now) {
        Map<String, Object> before = p.snapshot();
        p.close(by.username(), reason, now);
        record(p.uscc(), "close-registration-point", by, before, p.snapshot(), now);
        events.pointClosed(p, reason, now);
    }

    /** On verification, the qualifications granted while it was an application (or not yet told) are told. */
    private void announceQualifications(Organisation o, Instant now) {
        LocalDate today = MarketClock.today(clock);
        for (Qualification q : qualifications.of(o.uscc())) {
            if (!q.announced() && q.current(today)) {
                events.granted(q, now);
            }
        }
    }

    private void record(String uscc, String action, Caller caller, Map<String, Object> before,
            Map<String, Object> after, Instant now) {
        record(uscc, action, caller.changedBy(), before, after, now);
    }

    private void record(String uscc, String action, OrganisationChange.ChangedBy by, Map<String, Object> before,
            Map<String, Object> after, Instant now) {
        changes.persist(new OrganisationChange(uscc, action, by, before, after, now));
    }

    private OrganisationView flushed(Caller caller, Organisation o) {
        try {
            organisations.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION");
        }
        return view(caller, o);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    // ---- views

    OrganisationView view(Caller caller, Organisation o) {
        LocalDate today = MarketClock.today(clock);
        boolean own = caller.seesOwnDataOf(o);
        boolean operates = caller.operates(o.region());
        String parentName = o.parentUscc() == null ? null
                : organisations.byUscc(o.parentUscc()).filter(caller::sees).map(Organisation::name).orElse(null);
        List<OrganisationSummary> subsidiaries = organisations.children(o.uscc()).stream().filter(caller::sees)
                .map(OrganisationSummary::of).toList();
        List<Qualification> held = qualifications.of(o.uscc());
        List<QualificationView> quals = held.stream()
                .filter(q -> own || (!q.isRevoked() && q.current(today)))
                .map(q -> new QualificationView(q.id().toString(), q.kind(), q.number(), q.validFrom(), q.validTo(),
                        q.isRevoked(), own ? q.revocationReason : null, q.validOn(today),
                        operates && q.endedAt == null ? List.of("revoke") : List.of()))
                .toList();
        BankAccountView bank = own && o.hasBankAccount() ? new BankAccountView(o.bankName, o.bankAccountNumber,
                o.bankAccountName, o.bankAccountVerified(), o.bankVerifiedAt) : null;
        Optional<RegistrationPoint> point = points.findByIdOptional(o.uscc());
        List<String> actions = new ArrayList<>();
        if (operates) {
            actions.add("edit");
            for (String a : OrganisationStatus.LIFECYCLE.actionsFrom(o.status())) {
                boolean parentVerified = o.parentUscc() == null || organisations.byUscc(o.parentUscc())
                        .map(Organisation::isVerified).orElse(false);
                if (!a.equals("verify") || parentVerified) {
                    actions.add(a);
                }
            }
            if (o.status() != OrganisationStatus.SUSPENDED) {
                actions.add("grant-qualification");
            }
        }
        if (own) {
            actions.add("set-bank-account");
        }
        if (operates && o.hasBankAccount() && !o.bankAccountVerified()) {
            actions.add("verify-bank-account");
        }
        if (operates && o.kind() == OrgKind.REGISTRY && o.isVerified()) {
            boolean open = point.map(RegistrationPoint::isOpen).orElse(false);
            if (open) {
                actions.add("close-registration-point");
            } else if (registrationQualification(o.uscc(), today).isPresent()) {
                actions.add("open-registration-point");
            }
        }
        return new OrganisationView(o.uscc(), o.name(), o.nameEn(), o.kind(), o.region(), Views.regionName(o.region()),
                o.parentUscc(), parentName, o.status(), o.verifiedAt(), own ? o.suspendedAt : null,
                own ? o.suspensionReason : null, subsidiaries, quals, bank, point.map(PointView::of).orElse(null),
                List.copyOf(actions));
    }

    private static boolean sameAccount(Organisation o, String bank, String number, String name) {
        return Objects.equals(o.bankName, bank) && Objects.equals(o.bankAccountNumber, number)
                && Objects.equals(o.bankAccountName, name);
    }
}
