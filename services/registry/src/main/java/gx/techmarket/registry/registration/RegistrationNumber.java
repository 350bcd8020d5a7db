package gx.techmarket.registry.registration;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * 合同登记编号 in the legacy 14-digit layout: year (2) + province 45 (2) + city (2) + registration point (2) + serial
 * (6), e.g. {@code 26450101000123}.
 */
public record RegistrationNumber(int year, String cityCode, String pointCode, int serial) {

    /** The province digits of Guangxi. */
    public static final String PROVINCE = "45";

    /** The largest serial a point can issue in one year. */
    public static final int MAX_SERIAL = 999_999;

    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");

    public RegistrationNumber {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("registration year " + year + " is not between 2000 and 2099");
        }
        if (cityCode == null || !TWO_DIGITS.matcher(cityCode).matches()) {
            throw new IllegalArgumentException("city code '" + cityCode + "' is not two digits");
        }
        if (pointCode == null || !TWO_DIGITS.matcher(pointCode).matches()) {
            throw new IllegalArgumentException("point code '" + pointCode + "' is not two digits");
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial " + serial + " is not between 1 and " + MAX_SERIAL);
        }
    }

    /** The number of the {@code serial}-th registration of {@code point} in the year of {@code registeredOn}. */
    public static RegistrationNumber of(LocalDate registeredOn, KnownPoint point, int serial) {
        return new RegistrationNumber(registeredOn.getYear(), point.cityCode(), point.pointCode(), serial);
    }

    /** The 14 digits. */
    public String format() {
        return String.format("%02d%s%s%s%06d", year % 100, PROVINCE, cityCode, pointCode, serial);
    }

    @Override
    public String toString() {
        return format();
    }
}
