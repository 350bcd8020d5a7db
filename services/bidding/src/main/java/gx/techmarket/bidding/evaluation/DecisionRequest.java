package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 资格审查 of one bid: {@code qualified}, or not with a {@code reason} from the list ({@code OTHER} needs a
 * {@code note}); {@code NOT_RECONFIRMED} is the service's own.
 */
public record DecisionRequest(@NotNull Boolean qualified, DisqualificationReason reason,
        @Size(max = 2000) @FreeText String note) {}
