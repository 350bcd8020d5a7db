package gx.techmarket.notification.notice;

import java.util.UUID;

/** What a notice is about, and where the portal shows it. */
public enum SubjectType {
    CONTRACT("/contracts/"),
    RESULT("/results/"),
    DEMAND("/demands/"),
    CHALLENGE("/challenges/"),
    ENTITLEMENT("/entitlements/"),
    CLAIM("/subsidy/claims/"),
    /** A payment batch: the payee reads what it was paid on its statement (对账单). */
    PAYMENT_BATCH("/subsidy/payments/statement#"),
    /** A conversation of 意向洽谈 (the matching service). */
    INTEREST("/interests/"),
    /** A result's or demand's computed matches: the portal's 匹配推荐 page, at the listing. */
    MATCHES("/matches#");

    private final String path;

    SubjectType(String path) {
        this.path = path;
    }

    /** The portal path of the subject {@code id}, e.g. {@code /contracts/<id>}. */
    public String link(UUID id) {
        return path + id;
    }
}
