package gx.techmarket.subsidy.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The bank's payment of an approved batch: its reference (the bank's 流水号 or 凭证号) and the day it was paid (China
 * date, not in the future).
 */
public record PaidRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]+") String paymentReference,
        @NotNull LocalDate paidOn) {}
