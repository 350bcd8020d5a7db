package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A call (榜单批次) as the bidding service answers it: its sub-market, the kinds it gathers, when it opens and closes
 * (every challenge's deadline), its terms ({@code supportShare} a fraction: 0.200000 is 20 %) and how many challenges
 * it holds; {@code actions}: {@code add-challenge}, {@code publish}.
 */
@TemplateData
public record CallView(
        UUID id,
        String title,
        String regionCode,
        List<String> kinds,
        Instant opensAt,
        Instant closesAt,
        int minimumQualifiedBids,
        BigDecimal supportShare,
        int complaintPeriodDays,
        String status,
        long challenges,
        Instant createdAt,
        Instant publishedAt,
        List<String> actions) implements Actionable {

    /** The support share as a percentage for people: {@code 20} or {@code 12.5}. */
    public String supportPercent() {
        return supportShare == null ? "" : supportShare.movePointRight(2).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
