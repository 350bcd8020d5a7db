package gx.techmarket.subsidy.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One payee of a batch: its items' sum (gross), what is set off against what it owes back (offset), what the bank
 * pays (net), and the verified account the directory gave when the batch was gathered.
 */
@Entity
@Table(name = "payment_batch_payee")
class BatchPayee {

    @Id
    UUID id;

    @Column(name = "batch_id", nullable = false)
    UUID batchId;

    @Column(name = "payee_uscc", nullable = false, length = 18)
    String payeeUscc;

    @Column(name = "line_no", nullable = false)
    int lineNo;

    @Column(name = "payee_name", nullable = false, length = 200)
    String payeeName;

    @Column(name = "bank_name", length = 100)
    String bankName;

    @Column(name = "account_number", length = 32)
    String accountNumber;

    @Column(name = "account_name", length = 200)
    String accountName;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal gross;

    @Column(name = "offset_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal offsetAmount;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal net;

    @Column(nullable = false, length = 40)
    String reference;

    @Column(name = "payment_entry_id")
    UUID paymentEntryId;

    protected BatchPayee() {
        // for Hibernate
    }

    BatchPayee(UUID batchId, int lineNo, String batchNumber, Gathering.Line line) {
        this.id = UUID.randomUUID();
        this.batchId = batchId;
        this.lineNo = lineNo;
        this.payeeUscc = line.payeeUscc();
        this.payeeName = line.payeeName();
        if (line.account() != null) {
            this.bankName = line.account().bankName();
            this.accountNumber = line.account().accountNumber();
            this.accountName = line.account().accountName();
        }
        this.gross = line.gross();
        this.offsetAmount = line.offset();
        this.net = line.net();
        this.reference = batchNumber + "-" + String.format("%03d", lineNo);
    }
}
