package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bid as the bidder writes it: price in 元 (at most two decimals, above zero), plan (up to 5,000 characters, the
 * length of every description in the market), duration in months, the team (1 to {@value #MAX_TEAM} people) and,
 * for a consortium (联合体), its members other than the caller's organisation (the lead) by USCC, at most
 * {@value BiddingPolicy#MAX_CONSORTIUM_MEMBERS}; every fact about a member comes from the directory.
 *
 * @param challengeVersion the version of the challenge the bidder read (its view's {@code version}); when given and
 *                         no longer the challenge's, the bid is refused (409 {@code CHALLENGE_VERSION_STALE})
 */
public record BidRequest(
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal price,
        @NotBlank @Size(max = 5000) @FreeText String planSummary,
        @NotNull @Min(1) @Max(120) Integer durationMonths,
        @NotNull @Size(min = 1, max = MAX_TEAM) List<@NotNull @Valid Person> team,
        List<@NotNull @Pattern(regexp = USCC) String> members,
        @Min(0) Long challengeVersion) {

    /** The most people a bid's team lists. */
    public static final int MAX_TEAM = 30;

    /** 统一社会信用代码 (GB 32100-2015). */
    static final String USCC = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";

    /** A member of the team: name, professional title (职称) and role in the project (e.g. 项目负责人). */
    @Schema(name = "BidTeamMember")
    public record Person(
            @NotBlank @Size(max = 100) @FreeText String name,
            @NotBlank @Size(max = 100) @FreeText String title,
            @NotBlank @Size(max = 200) @FreeText String role) {}

    /** The members as given; none for a bid of one organisation. */
    public List<String> membersOrNone() {
        return members == null ? List.of() : members;
    }
}
