package gx.techmarket.matching.match;

/** The rules of the suggestions that need no database. */
final class MatchRules {

    private MatchRules() {}

    /** The city of a GB/T 2260 region code (its first 4 digits): a broker sees and hears of its city's matches. */
    static String city(String regionCode) {
        return regionCode.substring(0, 4);
    }
}
