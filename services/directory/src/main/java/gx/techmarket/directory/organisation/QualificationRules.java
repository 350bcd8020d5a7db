package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.problems.ProblemException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What a qualification must be to be granted: a period that does not end before it starts, and a number in the
 * form its kind has. 高新技术企业 certificates are numbered GR (or GF) + year + province + serial; 科技型中小企业
 * 入库编号 start with the year and the registering region; a 技术合同登记机构's number is its point code, the
 * city's two digits (01 南宁 … 14 崇左, digits 3–4 of the city's GB/T 2260 code) and the point's, which only a
 * registration body of that city may hold.
 */
public final class QualificationRules {

    private static final Pattern HIGH_TECH = Pattern.compile("G[RF](19|20)[0-9]{2}[1-8][0-9][0-9]{6}");
    private static final Pattern TECH_SME = Pattern.compile("(19|20)[0-9]{2}[1-8][0-9]{5}[0-9A-Z]{5,10}");
    private static final Pattern POINT_CODE = Pattern.compile("(0[1-9]|1[0-4])(0[1-9]|[1-9][0-9])");

    private QualificationRules() {}

    /**
     * Refuses (400) a qualification an organisation of {@code orgKind} in {@code orgRegion} cannot hold with this
     * number and period.
     */
    public static void check(QualificationKind kind, String number, LocalDate validFrom, LocalDate validTo,
            OrgKind orgKind, String orgRegion) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.badRequest("QUALIFICATION_ENDS_BEFORE_IT_STARTS", validFrom, validTo)
                    .withField("validTo", "QUALIFICATION_ENDS_BEFORE_IT_STARTS");
        }
        switch (kind) {
            case HIGH_TECH_ENTERPRISE -> {
                requireNumber(HIGH_TECH.matcher(number).matches(), kind);
                requireKind(orgKind == OrgKind.ENTERPRISE, kind);
            }
            case TECH_SME -> {
                requireNumber(TECH_SME.matcher(number).matches(), kind);
                requireKind(orgKind == OrgKind.ENTERPRISE, kind);
            }
            case CONTRACT_REGISTRATION_BODY -> {
                requireNumber(POINT_CODE.matcher(number).matches(), kind);
                requireKind(orgKind == OrgKind.REGISTRY, kind);
                if (!number.substring(0, 2).equals(cityCode(orgRegion))) {
                    throw ProblemException.badRequest("POINT_CODE_NOT_OF_CITY", number, orgRegion)
                            .withField("number", "POINT_CODE_NOT_OF_CITY");
                }
            }
            case TECH_TRANSFER_DEMO_AGENCY, INNOVATION_VOUCHER_PROVIDER -> {
                // numbered by whoever named the organisation; any number of the request's form will do
            }
        }
    }

    /**
     * The two-digit city code of a Guangxi region (450100 and its counties: 01 … 451400: 14), the first half of a
     * registration point's code; null outside Guangxi's 14 cities.
     */
    public static String cityCode(String region) {
        if (region == null || region.length() != 6 || !region.startsWith("45")) {
            return null;
        }
        String city = region.substring(2, 4);
        return city.compareTo("01") >= 0 && city.compareTo("14") <= 0 ? city : null;
    }

    /** Whether the qualification is in force on {@code day}. */
    public static boolean validOn(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    private static void requireNumber(boolean ok, QualificationKind kind) {
        if (!ok) {
            throw ProblemException.badRequest("QUALIFICATION_NUMBER_INVALID", kind.name())
                    .withField("number", "QUALIFICATION_NUMBER_INVALID");
        }
    }

    private static void requireKind(boolean ok, QualificationKind kind) {
        if (!ok) {
            throw ProblemException.badRequest("QUALIFICATION_NOT_FOR_KIND", kind.name())
                    .withField("kind", "QUALIFICATION_NOT_FOR_KIND");
        }
    }
}
