package gx.techmarket.contracts.events;

/** GB 32100-2015 check character, to prove the examples use real-looking codes (the schema checks the format only). */
final class UsccCheck {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UsccCheck() {}

    static boolean hasValidCheckCharacter(String uscc) {
        if (uscc == null || uscc.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(uscc.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == uscc.charAt(17);
    }
}
