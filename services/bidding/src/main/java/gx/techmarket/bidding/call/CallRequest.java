package gx.techmarket.bidding.call;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A new call: title, the sub-market (a region the caller operates), the kinds it gathers, when it opens (published no
 * earlier) and closes (every challenge's deadline), and its terms: minimum number of qualified bids (default 1), the
 * province's support share of the total R&D investment as a fraction (default 0.20, at most 0.50, six decimals), the
 * complaint period in days (default 5).
 */
public record CallRequest(
        @NotBlank @Size(max = 200) @FreeText String title,
        @NotNull @GuangxiRegion String regionCode,
        @NotEmpty @Size(max = 2) List<@NotNull ChallengeKind> kinds,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @Min(1) @Max(20) Integer minimumQualifiedBids,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 1, fraction = 6) BigDecimal supportShare,
        @Min(1) @Max(30) Integer complaintPeriodDays) {}
