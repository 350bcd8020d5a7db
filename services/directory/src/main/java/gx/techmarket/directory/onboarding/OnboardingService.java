package gx.techmarket.directory.onboarding;

import gx.techmarket.directory.onboarding.OnboardingViews.ApplicationSummary;
import gx.techmarket.directory.onboarding.OnboardingViews.ApplicationView;
import gx.techmarket.directory.onboarding.OnboardingViews.DocumentView;
import gx.techmarket.directory.onboarding.OnboardingViews.MemberView;
import gx.techmarket.directory.onboarding.OnboardingViews.MembershipView;
import gx.techmarket.directory.onboarding.OnboardingViews.OnboardingStatus;
import gx.techmarket.directory.organisation.Organisation;
import gx.techmarket.directory.organisation.OrganisationApplications;
import gx.techmarket.directory.organisation.OrganisationStatus;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * 入驻: a signed-in user without organisation applies for its organisation; an admin of the organisation's region
 * verifies the application (the organisation is verified and published the one way every verification is, and the
 * applicant becomes its first member and administrator) or rejects it with a reason; an organisation's administrator
 * invites and removes its members. Every membership change is queued for Keycloak in the same transaction
 * (MembershipSync writes it): a Keycloak outage delays the users' tokens, never the directory.
 */
@ApplicationScoped
public class OnboardingService {

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final Memberships memberships;
    private final MembershipSyncTasks syncTasks;
    private final OrganisationApplications organisations;
    private final KeycloakUsers keycloak;
    private final Clock clock;

    OnboardingService(Applications applications, ApplicationDocuments documents, Memberships memberships,
            MembershipSyncTasks syncTasks, OrganisationApplications organisations, KeycloakUsers keycloak,
            Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.memberships = memberships;
        this.syncTasks = syncTasks;
        this.organisations = organisations;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    // ---- the applicant

    @Transactional
    ApplicationView file(Newcomer applicant, ApplicationRequest.Facts f, List<Documents.Upload> uploads) {
        List<Documents.Checked> checked = Documents.check(uploads);
        requireNoOrganisation(applicant);
        if (applications.pendingBy(applicant.userId()).isPresent()) {
            throw ProblemException.conflict("APPLICATION_PENDING");
        }
        Optional<OrganisationStatus> status = organisations.status(f.uscc());
        if (status.isPresent() && status.get() != OrganisationStatus.APPLIED) {
            throw ProblemException.conflict("ORGANISATION_ALREADY_VERIFIED", f.uscc())
                    .withField("uscc", "ORGANISATION_ALREADY_VERIFIED");
        }
        if (applications.pendingFor(f.uscc()).isPresent()) {
            throw ProblemException.conflict("ORGANISATION_APPLICATION_PENDING", f.uscc())
                    .withField("uscc", "ORGANISATION_APPLICATION_PENDING");
        }
        Instant now = MarketClock.now(clock);
        organisations.enterApplied(new OrganisationApplications.Facts(f.uscc(), f.name(), f.nameEn(), f.kind(),
                f.region(), f.parentUscc()), applicant.username(), applicant.displayName(), now);
        Application a = new Application(f, applicant, now);
        applications.persist(a);
        for (int i = 0; i < checked.size(); i++) {
            documents.persist(new ApplicationDocument(a.id, i + 1, checked.get(i)));
        }
        applications.flush();
        return view(a, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    OnboardingStatus status(Newcomer user) {
        MembershipView membership = memberships.of(user.userId())
                .map(m -> new MembershipView(m.uscc, organisations.byUscc(m.uscc).map(Organisation::name)
                        .orElse(m.uscc), m.role))
                .orElse(null);
        return new OnboardingStatus(membership, applications.by(user.userId()).stream()
                .map(a -> view(a, List.of())).toList());
    }

    // ---- the applicant and the admins of its region

    @Transactional(Transactional.TxType.SUPPORTS)
    ApplicationView get(Newcomer caller, Supplier<Actor> admin, String id) {
        Application a = visible(caller, admin, id);
        List<String> actions = a.pending() && !caller.userId().equals(a.applicantId) ? List.of("verify", "reject")
                : List.of();
        return view(a, actions);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ApplicationDocument document(Newcomer caller, Supplier<Actor> admin, String id, String documentId) {
        Application a = visible(caller, admin, id);
        UUID docId = uuid(documentId).orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
        return documents.findByIdOptional(docId).filter(d -> d.applicationId.equals(a.id))
                .orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
    }

    // ---- the admins

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ApplicationSummary> queue(Actor admin, ApplicationStatus status, Paging paging) {
        Applications.Found found = applications.queue(admin.subMarket(), status, paging);
        return Page.of(found.items(), found.total(), paging).map(ApplicationSummary::of);
    }

    /** 核验通过: the organisation is verified and published, its applicant becomes its first administrator. */
    @Transactional
    ApplicationView verify(Actor admin, String id) {
        Application a = decidable(admin, id);
        if (memberships.of(a.applicantId).isPresent()) {
            throw ProblemException.conflict("ALREADY_A_MEMBER", a.applicantUsername);
        }
        Instant now = MarketClock.now(clock);
        Organisation o = organisations.verify(admin, a.uscc);
        a.verified(admin.username(), now);
        Membership first = new Membership(o.uscc(), new KeycloakUsers.User(a.applicantId, a.applicantUsername,
                a.applicantName, a.applicantEmail, null), MemberRole.ORG_ADMIN, admin.username(), now);
        memberships.persist(first);
        syncTasks.persist(new MembershipSyncTask(a.applicantId, MembershipSyncTask.Action.JOIN, o.uscc(), o.name(),
                KindRoles.realmRole(o.kind()), now));
        applications.flush();
        return view(a, List.of());
    }

    /** 驳回: the applicant sees the reason and may apply again; the organisation stays 申请中, unpublished. */
    @Transactional
    ApplicationView reject(Actor admin, String id, String reason) {
        Application a = decidable(admin, id);
        a.rejected(admin.username(), reason.strip(), MarketClock.now(clock));
        applications.flush();
        return view(a, List.of());
    }

    // ---- the organisation's administrator

    @Transactional(Transactional.TxType.SUPPORTS)
    List<MemberView> members(Newcomer caller, String uscc) {
        requireAdministers(caller, uscc);
        return memberships.members(uscc).stream().map(MemberView::of).toList();
    }

    /**
     * Adds the market user registered with {@code email} (it signed up itself: the directory creates no accounts
     * and sends no passwords) as a member; Keycloak not answering the look-up is 503 and changes nothing.
     */
    @Transactional
    MemberView invite(Newcomer caller, String uscc, String email) {
        requireAdministers(caller, uscc);
        KeycloakUsers.User user;
        try {
            user = keycloak.byEmail(email.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> ProblemException
                    .badRequest("ACCOUNT_NOT_FOUND", email).withField("email", "ACCOUNT_NOT_FOUND"));
        } catch (KeycloakUsers.Unavailable e) {
            throw new ProblemException(503, "KEYCLOAK_UNAVAILABLE");
        }
        if (user.orgId() != null || memberships.of(user.id()).isPresent()) {
            throw ProblemException.conflict("ALREADY_A_MEMBER", user.username()).withField("email",
                    "ALREADY_A_MEMBER");
        }
        Organisation o = organisations.byUscc(uscc).orElseThrow();
        Instant now = MarketClock.now(clock);
        Membership m = new Membership(uscc, user, MemberRole.MEMBER, caller.username(), now);
        memberships.persist(m);
        syncTasks.persist(new MembershipSyncTask(user.id(), MembershipSyncTask.Action.JOIN, uscc, o.name(),
                KindRoles.realmRole(o.kind()), now));
        return MemberView.of(m);
    }

    @Transactional
    void remove(Newcomer caller, String uscc, String userId) {
        requireAdministers(caller, uscc);
        Membership m = memberships.of(userId).filter(x -> x.uscc.equals(uscc))
                .orElseThrow(() -> ProblemException.notFound("MEMBER_NOT_FOUND", userId));
        if (m.role == MemberRole.ORG_ADMIN && memberships.admins(uscc) == 1) {
            throw ProblemException.conflict("LAST_ORGANISATION_ADMIN");
        }
        Organisation o = organisations.byUscc(uscc).orElseThrow();
        memberships.delete(m);
        syncTasks.persist(new MembershipSyncTask(userId, MembershipSyncTask.Action.LEAVE, uscc, o.name(),
                KindRoles.realmRole(o.kind()), MarketClock.now(clock)));
    }

    // ---- helpers

    private void requireNoOrganisation(Newcomer applicant) {
        if (applicant.orgId() != null || memberships.of(applicant.userId()).isPresent()) {
            throw ProblemException.conflict("ALREADY_A_MEMBER", applicant.username());
        }
    }

    private void requireAdministers(Newcomer caller, String uscc) {
        if (memberships.of(caller.userId()).filter(m -> m.administers(uscc)).isEmpty()) {
            throw ProblemException.forbidden("NOT_ORGANISATION_ADMIN", uscc);
        }
    }

    /** The applicant's own application, or one of the region of an admin; anything else is not there (404). */
    private Application visible(Newcomer caller, Supplier<Actor> admin, String id) {
        Application a = uuid(id).flatMap(applications::findByIdOptional)
                .orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND", id));
        if (caller.userId().equals(a.applicantId)) {
            return a;
        }
        if (caller.orgId() == null) {
            throw ProblemException.notFound("APPLICATION_NOT_FOUND", id);
        }
        Actor actor = admin.get();
        if (!actor.has(Role.ADMIN) || !actor.operates(a.region)) {
            throw ProblemException.notFound("APPLICATION_NOT_FOUND", id);
        }
        return a;
    }

    /** A pending application of the admin's region: outside it 403, decided already 409. */
    private Application decidable(Actor admin, String id) {
        Application a = uuid(id).flatMap(applications::findByIdOptional)
                .orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND", id));
        if (!admin.operates(a.region)) {
            throw ProblemException.forbidden("REGION_NOT_OPERATED", a.region);
        }
        if (!a.pending()) {
            throw ProblemException.conflict("APPLICATION_DECIDED");
        }
        return a;
    }

    private ApplicationView view(Application a, List<String> actions) {
        List<DocumentView> docs = documents.of(a.id).stream().map(DocumentView::of).toList();
        return ApplicationView.of(a, docs, actions);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
