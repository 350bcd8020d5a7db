package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * One key of the 揭榜挂帅 figures, each count dated by its own event.
 *
 * @param published      发榜
 * @param awarded        揭榜成功 (awarded)
 * @param failed         流标
 * @param cancelled      撤榜
 * @param awardedAmount  the awarded bids' prices in 元
 * @param avgDaysToAward days from publication to award, on average; {@code null} when none was awarded
 */
public record ChallengeRow(String key, String label, String labelEn, long published, long awarded, long failed,
        long cancelled, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal awardedAmount,
        BigDecimal avgDaysToAward) {}
