package gx.techmarket.portal.directory;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One organisation as the directory shows it to the signed-in user, with what the user may do to it now. The bank
 * account, the suspension's reason and ended qualifications come only to the organisation's own users and its admins.
 */
@TemplateData
public record OrganisationView(String uscc, String name, String nameEn, String kind, String region,
        String regionName, String parentUscc, String parentName, String status, Instant verifiedAt,
        Instant suspendedAt, String suspensionReason, List<OrganisationSummary> subsidiaries,
        List<QualificationView> qualifications, BankAccountView bankAccount, PointView registrationPoint,
        List<String> actions) implements Actionable {

    public OrganisationView {
        subsidiaries = subsidiaries == null ? List.of() : subsidiaries;
        qualifications = qualifications == null ? List.of() : qualifications;
        actions = actions == null ? List.of() : actions;
    }

    /** For the detail page's head (title, id). */
    public String title() {
        return name;
    }

    public String id() {
        return uscc;
    }

    /** A qualification; {@code validToday} is the directory's word on whether it is in force today (China date). */
    @TemplateData
    public record QualificationView(String id, String kind, String number, LocalDate validFrom, LocalDate validTo,
            boolean revoked, String revocationReason, boolean validToday, List<String> actions)
            implements Actionable {

        /** VALID, REVOKED or EXPIRED (ended, or not yet begun), for its tag. */
        public String state() {
            if (validToday) {
                return "VALID";
            }
            return revoked ? "REVOKED" : "EXPIRED";
        }
    }

    /** 开户行, 账号, 账户名 and whether an admin verified them. */
    @TemplateData
    public record BankAccountView(String bankName, String accountNumber, String accountName, boolean verified,
            Instant verifiedAt) {

        /** VERIFIED or UNVERIFIED, for its tag. */
        public String state() {
            return verified ? "VERIFIED" : "UNVERIFIED";
        }
    }

    /** A 技术合同登记机构's point: code (city 2 + point 2) and whether it takes registrations. */
    @TemplateData
    public record PointView(String code, boolean open, Instant openedAt, Instant closedAt, String closeReason) {

        /** OPEN or CLOSED, for its tag. */
        public String state() {
            return open ? "OPEN" : "CLOSED";
        }
    }
}
