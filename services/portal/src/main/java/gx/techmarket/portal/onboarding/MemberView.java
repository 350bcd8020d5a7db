package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import java.time.Instant;

/** A member of an organisation: {@code role} MEMBER or ORG_ADMIN (the organisation's administrator). */
@TemplateData
public record MemberView(String userId, String username, String displayName, String email, String role,
        Instant joinedAt) {}
