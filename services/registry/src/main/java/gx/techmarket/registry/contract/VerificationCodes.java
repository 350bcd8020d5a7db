package gx.techmarket.registry.contract;

import java.security.SecureRandom;

/**
 * The codes that open a certificate's public verification page: 16 characters of Crockford's base32 alphabet (no
 * I, L, O, U: nothing to misread on paper), 80 random bits from a strong source. The registration number is
 * sequential, so the code is what keeps certificates from being enumerated.
 */
final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
