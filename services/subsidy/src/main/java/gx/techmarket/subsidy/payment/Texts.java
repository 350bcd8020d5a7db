package gx.techmarket.subsidy.payment;

/** Free text kept in a column of bounded length. */
final class Texts {

    private Texts() {}

    static String clip(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
