package gx.techmarket.statistics.figures;

import java.math.BigDecimal;

/**
 * One key of the listings' figures: each count dated by its own event (published in the period, matched in it, ...).
 *
 * @param published       first published (发布)
 * @param matched         demands matched (已匹配) by a challenge or a contract
 * @param withdrawn       results withdrawn (撤回)
 * @param closed          demands closed by the demander (关闭)
 * @param expired         demands expired (过期)
 * @param avgDaysToMatch  days from publication to match, on average; {@code null} when none matched
 */
public record ListingRow(String key, String label, String labelEn, long published, long matched, long withdrawn,
        long closed, long expired, BigDecimal avgDaysToMatch) {}
