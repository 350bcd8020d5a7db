package gx.techmarket.directory.onboarding;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.regions.GbT2260;
import java.time.Instant;
import java.util.List;

/** What the onboarding API answers. */
final class OnboardingViews {

    private OnboardingViews() {}

    static String regionName(String region) {
        return GbT2260.nameOf(region).orElse(null);
    }

    record DocumentView(String id, String fileName, String contentType, int size, String sha256) {
        static DocumentView of(ApplicationDocuments.Listed d) {
            return new DocumentView(d.id().toString(), d.fileName(), d.contentType(), d.size(), d.sha256());
        }
    }

    /**
     * An application; {@code actions} what the caller may do now ({@code verify}, {@code reject}: the admins of its
     * region while it is pending).
     */
    record ApplicationView(String id, String uscc, String name, String nameEn, OrgKind kind, String region,
            String regionName, String parentUscc, String contactName, String contactPhone, String applicantUsername,
            String applicantName, String applicantEmail, ApplicationStatus status, Instant filedAt, Instant decidedAt,
            String rejectionReason, List<DocumentView> documents, List<String> actions) {

        static ApplicationView of(Application a, List<DocumentView> documents, List<String> actions) {
            return new ApplicationView(a.id.toString(), a.uscc, a.name, a.nameEn, a.kind, a.region,
                    OnboardingViews.regionName(a.region), a.parentUscc, a.contactName, a.contactPhone, a.applicantUsername,
                    a.applicantName, a.applicantEmail, a.status, a.filedAt, a.decidedAt, a.rejectionReason, documents,
                    actions);
        }
    }

    /** A line of the verification queue. */
    record ApplicationSummary(String id, String uscc, String name, OrgKind kind, String region, String regionName,
            String applicantName, ApplicationStatus status, Instant filedAt) {
        static ApplicationSummary of(Application a) {
            return new ApplicationSummary(a.id.toString(), a.uscc, a.name, a.kind, a.region,
                    OnboardingViews.regionName(a.region), a.applicantName, a.status, a.filedAt);
        }
    }

    record MemberView(String userId, String username, String displayName, String email, MemberRole role,
            Instant joinedAt) {
        static MemberView of(Membership m) {
            return new MemberView(m.userId, m.username, m.displayName, m.email, m.role, m.joinedAt);
        }
    }

    /** The organisation the caller belongs to in the directory, if any. */
    record MembershipView(String uscc, String name, MemberRole role) {}

    /**
     * Where the signed-in user stands: its membership (null: none yet) and its applications, newest first (the
     * latest rejected one with its reason).
     */
    record OnboardingStatus(MembershipView membership, List<ApplicationView> applications) {}
}
