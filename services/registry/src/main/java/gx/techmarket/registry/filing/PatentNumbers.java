package gx.techmarket.registry.filing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CNIPA application and patent numbers: the application number (申请号) is the year, the kind and a serial — 12
 * digits since 2003 ({@code 201910563278}), 8 before ({@code 99123456}) — then a dot and a check character; the
 * patent number (专利号) is {@code ZL} and the application number. The check character is the sum of the digits
 * weighted 2, 3, …, 9, 2, 3, … modulo 11, with 10 written {@code X}.
 */
public final class PatentNumbers {

    private static final Pattern APPLICATION = Pattern.compile("([0-9]{12}|[0-9]{8})\\.([0-9X])");

    private PatentNumbers() {}

    /** Whether {@code number} is a well-formed 专利号 with the right check character. */
    public static boolean isPatentNumber(String number) {
        return number != null && number.startsWith("ZL") && isApplicationNumber(number.substring(2));
    }

    /** Whether {@code number} is a well-formed 专利申请号 with the right check character. */
    public static boolean isApplicationNumber(String number) {
        if (number == null) {
            return false;
        }
        Matcher m = APPLICATION.matcher(number);
        return m.matches() && checkCharacter(m.group(1)) == m.group(2).charAt(0);
    }

    /** The check character of the digits of an application number. */
    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
