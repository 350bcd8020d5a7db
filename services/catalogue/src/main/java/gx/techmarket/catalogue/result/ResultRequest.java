package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.listing.ListingRules;
import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.Valid;
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
 * modes and rights ({@code patents}) are each given once; a contact has a phone or an e-mail (or both); 完成人
 * ({@code inventors}) in their order. 关键词 ({@code keywords}, at most 10 of at most 30 characters, each given once) are
 * searched as the title's lesser sibling (ADR 0030). {@code titleEn} and {@code summaryEn}, optional, are the title and
 * summary in English for the market's English readers (the China–ASEAN platform); blank is none.
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
        @Size(max = 50) List<@NotNull @Valid PatentRequest> patents,
        @Size(max = 5) List<@NotNull @Valid Contact> contacts,
        @Size(max = 50) List<@NotNull @Valid Inventor> inventors,
        @NotNull @GuangxiRegion String regionCode,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> keywords,
        @Size(max = 200) String titleEn,
        @Size(max = 2000) @FreeText String summaryEn) {

    /** Without an English title and summary. */
    public ResultRequest(String title, String summary, String industry, Maturity maturity, Integer trl,
            List<TransferMode> transferModes, BigDecimal askingPrice, boolean priceNegotiable,
            List<PatentRequest> patents, List<Contact> contacts, List<Inventor> inventors, String regionCode,
            List<String> keywords) {
        this(title, summary, industry, maturity, trl, transferModes, askingPrice, priceNegotiable, patents, contacts,
                inventors, regionCode, keywords, null, null);
    }

    /** The content, once the rules between fields hold (400 on the field at fault otherwise). */
    ResultContent toContent() {
        if (priceNegotiable && askingPrice != null) {
            throw ProblemException.badRequest("PRICE_WITH_NEGOTIABLE").withField("askingPrice",
                    "PRICE_WITH_NEGOTIABLE");
        }
        if (!priceNegotiable && askingPrice == null) {
            throw ProblemException.badRequest("PRICE_REQUIRED").withField("askingPrice", "PRICE_REQUIRED");
        }
        List<Contact> kept = contacts == null ? List.of() : contacts.stream().map(Contact::normalised).toList();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).phone() == null && kept.get(i).email() == null) {
                throw ProblemException.badRequest("CONTACT_WITHOUT_MEANS", kept.get(i).name())
                        .withField("contacts[" + i + "]", "CONTACT_WITHOUT_MEANS");
            }
        }
        return new ResultContent(title.strip(), summary.strip(), industry, maturity, trl,
                ListingRules.distinct(transferModes, "transferModes"), askingPrice, priceNegotiable,
                IpRules.patents(patents), kept,
                inventors == null ? List.of() : inventors.stream().map(Inventor::normalised).toList(), regionCode,
                keywords == null ? List.of() : ListingRules.distinct(keywords.stream().map(String::strip).toList(),
                        "keywords"), optional(titleEn), optional(summaryEn));
    }

    /** A blank optional text is none. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
