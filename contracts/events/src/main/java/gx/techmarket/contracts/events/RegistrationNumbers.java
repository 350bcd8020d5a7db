package gx.techmarket.contracts.events;

/** Reading a 合同登记编号 ({@link Codes#REGISTRATION_NUMBER}) on the wire. */
final class RegistrationNumbers {

    private RegistrationNumbers() {}

    /**
     * The issuing point's code (city 2 + point 2): the four digits before the six-digit serial, in the legacy
     * 14-digit layout and in the 16-digit one with a four-digit year alike.
     */
    static String pointCode(String registrationNumber) {
        int n = registrationNumber.length();
        return registrationNumber.substring(n - 10, n - 6);
    }
}
