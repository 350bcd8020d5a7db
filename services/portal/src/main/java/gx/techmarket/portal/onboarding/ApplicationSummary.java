package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import java.time.Instant;

/** A line of the verification queue. */
@TemplateData
public record ApplicationSummary(String id, String uscc, String name, String kind, String region, String regionName,
        String applicantName, String status, Instant filedAt) {}
