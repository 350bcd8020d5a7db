package gx.techmarket.subsidy.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 付款凭证: one payment of a contract's 技术交易额, as the claimant declares it. */
@Embeddable
public class Payment {

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    LocalDate paidOn;

    @Column(name = "payer_uscc", length = 18)
    String payerUscc;

    @Column(name = "registration_number", nullable = false, length = 16)
    String registrationNumber;

    @Column(nullable = false, length = 100)
    String reference;

    protected Payment() {
        // for Hibernate
    }

    Payment(BigDecimal amount, LocalDate paidOn, String payerUscc, String registrationNumber, String reference) {
        this.amount = amount;
        this.paidOn = paidOn;
        this.payerUscc = payerUscc;
        this.registrationNumber = registrationNumber;
        this.reference = reference;
    }
}
