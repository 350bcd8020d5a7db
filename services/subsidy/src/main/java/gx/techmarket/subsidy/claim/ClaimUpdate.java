package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the claimant declares, replaced as a whole while the claim is a draft or returned. */
public record ClaimUpdate(
        @Size(max = 100) List<@NotNull @Valid ClaimRequest.PaymentInput> payments,
        @Size(max = 10) List<@NotNull @Valid ClaimRequest.ExpenseInput> expenses,
        @FreeText @Size(max = 1000) String note) {}
