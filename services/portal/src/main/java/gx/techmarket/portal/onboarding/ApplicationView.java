package gx.techmarket.portal.onboarding;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;

/** 机构入驻申请 as the directory answers it; {@code actions}: verify, reject (the admins of its region). */
@TemplateData
public record ApplicationView(String id, String uscc, String name, String nameEn, String kind, String region,
        String regionName, String parentUscc, String contactName, String contactPhone, String applicantUsername,
        String applicantName, String applicantEmail, String status, Instant filedAt, Instant decidedAt,
        String rejectionReason, List<DocumentView> documents, List<String> actions) implements Actionable {}
