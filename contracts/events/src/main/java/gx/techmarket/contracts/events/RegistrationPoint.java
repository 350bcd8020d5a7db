package gx.techmarket.contracts.events;

/**
 * 技术合同登记机构: the registration point that registered a contract.
 *
 * @param uscc its 统一社会信用代码
 * @param name its name
 * @param code city (2) + point (2) digits, positions 5 to 8 of the registration numbers it issues, e.g. {@code 0103}
 */
public record RegistrationPoint(String uscc, String name, String code) {

    public RegistrationPoint {
        Require.matches(uscc, Codes.USCC, "registrationPoint.uscc");
        Require.text(name, Require.NAME_MAX, "registrationPoint.name");
        Require.matches(code, Codes.REGISTRATION_POINT_CODE, "registrationPoint.code");
    }
}
