package gx.techmarket.platform.publishing.edition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An operator's order for an edition.
 *
 * @param period the month, YYYY-MM (2020-01 to this month)
 * @param scope 450000 for Guangxi, or the code of one of its cities
 */
public record EditionRequest(@NotNull @Size(max = 7) String period, @NotNull @Size(max = 6) String scope) {}
