package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.platform.listing.ListingRules;
import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A demand as its enterprise writes it. Budgets in 元 with at most two decimals ({@code "3000000.00"}), the lower
 * not above the upper; the deadline a date ({@code "2026-12-31"}) after today in China time; the sub-market a
 * Guangxi region code; at least one cooperation mode, each given once (a repeated one is refused, not dropped).
 * {@code titleEn} and {@code problemEn}, optional, are the title and problem in English for the market's English
 * readers (the China–ASEAN platform); blank is none.
 */
public record DemandRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) @FreeText String problem,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") @Size(max = 64) String industry,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMin,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal budgetMax,
        @NotNull LocalDate deadline,
        @NotNull @GuangxiRegion String regionCode,
        @NotEmpty @Size(max = 7) List<@NotNull CooperationMode> cooperationModes,
        @Size(max = 200) String titleEn,
        @Size(max = 2000) @FreeText String problemEn) {

    /** Without an English title and problem. */
    public DemandRequest(String title, String problem, String industry, BigDecimal budgetMin, BigDecimal budgetMax,
            LocalDate deadline, String regionCode, List<CooperationMode> cooperationModes) {
        this(title, problem, industry, budgetMin, budgetMax, deadline, regionCode, cooperationModes, null, null);
    }

    DemandContent toContent() {
        return new DemandContent(title.strip(), problem.strip(), industry, yuan(budgetMin), yuan(budgetMax), deadline,
                regionCode, ListingRules.distinct(cooperationModes, "cooperationModes"), optional(titleEn),
                optional(problemEn));
    }

    /** A blank optional text is none. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 元 with exactly two decimals (分), as stored; validation has ruled out finer amounts. */
    private static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
