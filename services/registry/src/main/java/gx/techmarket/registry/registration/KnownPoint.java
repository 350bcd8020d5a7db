package gx.techmarket.registry.registration;

/**
 * A registration point as other features see it.
 *
 * @param uscc      its 统一社会信用代码 (the registrar's organisation)
 * @param name      its name
 * @param cityCode  digits 3–4 of its city's GB/T 2260 code (南宁 01 … 崇左 14)
 * @param pointCode its number within the city
 */
public record KnownPoint(String uscc, String name, String cityCode, String pointCode) {

    /** City and point, positions 5 to 8 of the numbers it issues, e.g. {@code 0101}. */
    public String code() {
        return cityCode + pointCode;
    }
}
