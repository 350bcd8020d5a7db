package gx.techmarket.contracts.events;

import java.util.regex.Pattern;

/**
 * The kind of an intellectual-property right behind a result, with the format of its number as China issues it.
 * Patents (发明, 实用新型, 外观设计) carry the application number, with {@code ZL} once granted or {@code CN} as an
 * application may be cited; the eighth-from-last digit group names the kind (1 or 8 发明, 2 or 9 实用新型, 3 外观设计).
 */
public enum PatentKind {
    /** 发明专利. */
    INVENTION(Formats.PATENT),
    /** 实用新型专利. */
    UTILITY_MODEL(Formats.PATENT),
    /** 外观设计专利. */
    DESIGN(Formats.PATENT),
    /** 计算机软件著作权, registration number such as {@code 2021SR0123456}. */
    SOFTWARE_COPYRIGHT(Pattern.compile("^[0-9]{4}SR[0-9]{6,7}$")),
    /** 植物新品种权, such as {@code CNA20191234.5} (granted) or {@code 20191234.5} (applied for). */
    PLANT_VARIETY(Pattern.compile("^(CNA)?[0-9]{8,9}(\\.[0-9X])?$"));

    private final Pattern number;

    PatentKind(Pattern number) {
        this.number = number;
    }

    /** Whether {@code number} is written as a number of this kind is. */
    public boolean accepts(String number) {
        return number != null && this.number.matcher(number).matches();
    }

    /** Whether it is a patent (专利) numbered by CNIPA's application numbers. */
    public boolean isPatent() {
        return number == Formats.PATENT;
    }

    private static final class Formats {
        static final Pattern PATENT = Pattern.compile("^(ZL|CN)?([0-9]{8}|[0-9]{12})\\.[0-9X]$");
    }
}
