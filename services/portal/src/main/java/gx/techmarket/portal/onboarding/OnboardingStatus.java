package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** Where the signed-in user stands: its organisation in the directory (null: none yet) and its applications. */
@TemplateData
public record OnboardingStatus(Membership membership, List<ApplicationView> applications) {

    /** The user's organisation and its role there. */
    @TemplateData
    public record Membership(String uscc, String name, String role) {
        public boolean administrator() {
            return "ORG_ADMIN".equals(role);
        }
    }

    /** The newest application, or null. */
    public ApplicationView latest() {
        return applications == null || applications.isEmpty() ? null : applications.get(0);
    }

    /** Whether the user may file an application now: no organisation, nothing under way. */
    public boolean mayApply() {
        return membership == null && (latest() == null || !"PENDING".equals(latest().status()));
    }
}
