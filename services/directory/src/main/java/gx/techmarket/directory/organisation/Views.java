package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.regions.GbT2260;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the directory answers: organisations, their qualifications, accounts, points and history. */
public final class Views {

    private Views() {}

    /** An organisation in a list (the directory picker, the operators' lists). */
    public record OrganisationSummary(String uscc, String name, String nameEn, OrgKind kind, String region,
            String regionName, String parentUscc, OrganisationStatus status) {

        static OrganisationSummary of(Organisation o) {
            return new OrganisationSummary(o.uscc, o.name, o.nameEn, o.kind, o.region, Views.regionName(o.region),
                    o.parentUscc, o.status);
        }
    }

    /**
     * One organisation with what the caller may do to it now. {@code bankAccount} only for its own users and the
     * operators of its sub-market; {@code subsidiaries} are the verified ones (and, for those who see the
     * organisation's own data, all of them).
     */
    public record OrganisationView(String uscc, String name, String nameEn, OrgKind kind, String region,
            String regionName, String parentUscc, String parentName, OrganisationStatus status, Instant verifiedAt,
            Instant suspendedAt, String suspensionReason, List<OrganisationSummary> subsidiaries,
            List<QualificationView> qualifications, BankAccountView bankAccount, PointView registrationPoint,
            List<String> actions) {}

    /** A qualification; {@code validToday} says whether it is in force on today's China date. */
    public record QualificationView(String id, QualificationKind kind, String number, LocalDate validFrom,
            LocalDate validTo, boolean revoked, String revocationReason, boolean validToday, List<String> actions) {}

    /** 开户行, 账号, 账户名, and whether an admin verified them (unverified again after every change). */
    public record BankAccountView(String bankName, String accountNumber, String accountName, boolean verified,
            Instant verifiedAt) {}

    /**
     * A verified organisation's verified account, as a payment file needs it: whom to pay (账户名, 开户行, 账号) and
     * when the directory verified it.
     */
    public record VerifiedBankAccount(String uscc, String name, String bankName, String accountNumber,
            String accountName, Instant verifiedAt) {}

    /** A 技术合同登记机构's point: its code (city 2 + point 2) and whether it is open. */
    public record PointView(String code, boolean open, Instant openedAt, Instant closedAt, String closeReason) {

        static PointView of(RegistrationPoint p) {
            return new PointView(p.code, p.open, p.openedAt, p.closedAt, p.closeReason);
        }
    }

    /** An open registration point, for anyone (where may a contract be registered). */
    public record OpenPointView(String uscc, String name, String region, String regionName, String code,
            Instant openedAt) {}

    /** One change of an organisation: the part that changed, before and after (null where there was nothing). */
    public record HistoryEntry(Instant at, String action, ActorView actor, Map<String, Object> before,
            Map<String, Object> after) {

        static HistoryEntry of(OrganisationChange c) {
            return new HistoryEntry(c.at, c.action, new ActorView(c.actorUser, c.actorName, c.actorOrg), c.before,
                    c.after);
        }
    }

    /** Who made a change: the user, and the organisation it acted for ({@code directory} for the service's own). */
    public record ActorView(String username, String displayName, String organisation) {}

    static String regionName(String region) {
        return GbT2260.nameOf(region).orElse(null);
    }
}
