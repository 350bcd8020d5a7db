package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.subsidy.claim.ClaimRequest.ExpenseInput;
import gx.techmarket.subsidy.claim.ClaimRequest.PaymentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the claimant declares, replaced as a whole while the claim is a draft or returned. */
public record ClaimUpdate(
        @Size(max = 100) List<@NotNull @Valid PaymentInput> payments,
        @Size(max = 10) List<@NotNull @Valid ExpenseInput> expenses,
        @FreeText @Size(max = 1000) String note) {}
