package gx.techmarket.matching.interest;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * 表达意向: the published result or demand, and the first message to its owner.
 *
 * @param listingId the result's or demand's id
 * @param message   what the interested organisation writes (up to 4,000 characters, several lines)
 */
public record InterestRequest(@NotNull UUID listingId, @NotBlank @FreeText @Size(max = 4000) String message) {}
