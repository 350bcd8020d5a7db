package gx.techmarket.directory.onboarding;

/** An application's standing: 申请中 until an admin of its region verifies it (已核验) or rejects it (已驳回). */
public enum ApplicationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
