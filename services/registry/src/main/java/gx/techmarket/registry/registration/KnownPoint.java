package gx.techmarket.registry.registration;

/**
 * An open registration point (技术合同登记机构) as the directory knows it, as other features see it.
 *
 * @param uscc      its 统一社会信用代码 (the registrar's organisation)
 * @param name      its name
 * @param region    its GB/T 2260 region (its city), the sub-market it belongs to
 * @param cityCode  digits 3–4 of its city's GB/T 2260 code (南宁 01 … 崇左 14)
 * @param pointCode its number within the city
 */
public record KnownPoint(String uscc, String name, String region, String cityCode, String pointCode) {

    /** The point of the directory's {@code code}: city (2) + point (2), e.g. {@code 0201} for 柳州's first. */
    public static KnownPoint of(String uscc, String name, String region, String code) {
        if (code == null || !code.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("registration point code '" + code + "' is not four digits");
        }
        return new KnownPoint(uscc, name, region, code.substring(0, 2), code.substring(2));
    }

    /** City and point, positions 5 to 8 of the numbers it issues, e.g. {@code 0101}. */
    public String code() {
        return cityCode + pointCode;
    }
}
