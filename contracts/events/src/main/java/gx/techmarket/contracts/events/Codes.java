package gx.techmarket.contracts.events;

import java.util.regex.Pattern;

/**
 * The code formats of the wire contracts, identical to the patterns in {@code common.v1.schema.json} (a test
 * keeps them equal). The event records check their fields against them, so an event that would fail its schema
 * cannot be built.
 */
public final class Codes {

    /** 统一社会信用代码 (GB 32100-2015) format; the check character is the producer's to verify. */
    public static final Pattern USCC = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    /** 6-digit GB/T 2260 administrative-division code. */
    public static final Pattern REGION_CODE = Pattern.compile("^[1-8][0-9]{5}$");

    /**
     * 合同登记编号: year (2, the legacy layout, or 4) + 45 + city (2) + registration point (2) + serial (6). The layout
     * is the rule set's; both end in the point's code and a 6-digit serial.
     */
    public static final Pattern REGISTRATION_NUMBER = Pattern.compile("^([0-9]{2}|[0-9]{4})45[0-9]{10}$");

    /** ISO 3166-1 alpha-2 country code of a foreign party, e.g. {@code DE}. */
    public static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    /** A registration point's code: city (2) + point (2). */
    public static final Pattern REGISTRATION_POINT_CODE = Pattern.compile("^[0-9]{4}$");

    /** An open-set code such as an industry or a programme code: UPPER_SNAKE_CASE. */
    public static final Pattern UPPER_SNAKE_CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

    /** 专利号: ZL + 8- or 12-digit application number + . + check digit. */
    public static final Pattern PATENT_NUMBER = Pattern.compile("^ZL([0-9]{8}|[0-9]{12})\\.[0-9X]$");

    /** A recognition rule set version, e.g. {@code 2026.1}. */
    public static final Pattern RULE_SET_VERSION = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z._-]*$");

    /** A market user account: the Keycloak subject, a UUID in canonical lower-case form (common.v1 Uuid). */
    public static final Pattern ACCOUNT_SUBJECT =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** A 技术经理人's 证书编号: letters, digits and hyphens, 4 to 50 (certificates of different issuers differ). */
    public static final Pattern BROKER_CERTIFICATE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{3,49}$");

    private Codes() {}
}
