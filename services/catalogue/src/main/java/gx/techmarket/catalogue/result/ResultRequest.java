package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.listing.ListingRules;
import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A result as its holder writes it. {@code askingPrice} in 元 with at most two decimals, or {@code priceNegotiable}
 * (面议) and no price: a price given together with 面议 is refused on {@code askingPrice}, never dropped. Transfer
 * modes and patent numbers are each given once.
 */
public record ResultRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) @FreeText String summary,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") @Size(max = 64) String industry,
        @NotNull Maturity maturity,
        @Min(1) @Max(9) Integer trl,
        @NotEmpty @Size(max = 4) List<@NotNull TransferMode> transferModes,
        @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal askingPrice,
        boolean priceNegotiable,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "ZL([0-9]{8}|[0-9]{12})\\.[0-9X]") String> patentNumbers,
        @NotNull @GuangxiRegion String regionCode) {

    /** The content, once the rules between fields hold (400 on the field at fault otherwise). */
    ResultContent toContent() {
        if (priceNegotiable && askingPrice != null) {
            throw ProblemException.badRequest("PRICE_WITH_NEGOTIABLE").withField("askingPrice",
                    "PRICE_WITH_NEGOTIABLE");
        }
        if (!priceNegotiable && askingPrice == null) {
            throw ProblemException.badRequest("PRICE_REQUIRED").withField("askingPrice", "PRICE_REQUIRED");
        }
        return new ResultContent(title.strip(), summary.strip(), industry, maturity, trl,
                ListingRules.distinct(transferModes, "transferModes"), askingPrice, priceNegotiable,
                patentNumbers == null ? List.of() : ListingRules.distinct(patentNumbers, "patentNumbers"), regionCode);
    }
}
