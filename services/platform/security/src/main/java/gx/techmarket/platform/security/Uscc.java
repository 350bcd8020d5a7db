package gx.techmarket.platform.security;

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and capital letters without I, O, Z, S, V): registration authority (1), organisation type (1),
 * administrative region (6, GB/T 2260), organisation code (9, GB 11714) and a check character computed
 * modulo 31 over the first 17.
 */
public final class Uscc {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {}

    /** Whether {@code code} is a well-formed USCC whose check character is right. Upper case only. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if {@code first17} is not 17 characters of the USCC alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("a USCC check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The 6-digit administrative region code embedded at positions 3 to 8. */
    public static String regionOf(String validCode) {
        return validCode.substring(2, 8);
    }
}
