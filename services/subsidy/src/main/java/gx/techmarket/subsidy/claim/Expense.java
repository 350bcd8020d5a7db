package gx.techmarket.subsidy.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** 研发费用: the R&D expense of one year, as the claimant declares it (its audit report is an attachment). */
@Embeddable
public class Expense {

    @Column(name = "expense_year", nullable = false)
    int expenseYear;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false, length = 500)
    String description;

    protected Expense() {
        // for Hibernate
    }

    Expense(int expenseYear, BigDecimal amount, String description) {
        this.expenseYear = expenseYear;
        this.amount = amount;
        this.description = description;
    }
}
