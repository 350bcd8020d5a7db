package gx.techmarket.statistics.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * 市场统计, as anyone may read it: the year's registered contracts in total, by city (the seller's, 输出) and by
 * category, and how many results, demands and challenges were published and came to a deal. Aggregates only: no
 * organisation, person, contract or listing is named, and no amount of fewer than three contracts is shown
 * ({@link Disclosure}: such a cell's amounts are {@code null}).
 *
 * @param year        the year
 * @param from        its first day
 * @param to          the last day counted (today in the current year)
 * @param contracts   the year's registered contracts (count, 成交额, 技术交易额)
 * @param byCity      by the seller's city (another province or a country abroad as its own key)
 * @param byCategory  by contract category
 * @param listings    results and demands published, demands matched
 * @param challenges  challenges published and awarded
 */
public record PublicSummary(int year, LocalDate from, LocalDate to, ContractRow contracts, List<ContractRow> byCity,
        List<ContractRow> byCategory, ListingCounts listings, ChallengeCounts challenges) {

    /** Results and demands published in the year, demands matched in it. */
    public record ListingCounts(long resultsPublished, long demandsPublished, long demandsMatched) {}

    /** Challenges published and awarded in the year. */
    public record ChallengeCounts(long published, long awarded) {}
}
