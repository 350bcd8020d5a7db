package gx.techmarket.bidding.agreement;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The terms of a 揭榜协议 as a party writes them (the whole set each time): amounts in 元 with at most two decimals;
 * {@code contractType} only for a 成果转化类 challenge (a 技术攻关类 one is always 技术开发（委托）); 1 to 12 milestones in
 * the order they are due. The province's support is not written: it is the call's share of the total.
 */
public record AgreementRequest(
        ContractType contractType,
        @NotNull @DecimalMin("0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal totalInvestment,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal enterpriseShare,
        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
        BigDecimal bidderShare,
        @NotNull @Size(min = 1, max = 12) List<@NotNull @Valid MilestoneTerms> milestones) {

    /** One milestone: title, deliverables, due date (China time), support amount released at its acceptance. */
    public record MilestoneTerms(
            @NotBlank @Size(max = 200) @FreeText String title,
            @NotBlank @Size(max = 5000) @FreeText String deliverables,
            @NotNull LocalDate dueDate,
            @NotNull @DecimalMin("0.00") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            BigDecimal supportAmount) {}
}
