package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.GrantPosted;
import gx.techmarket.subsidy.programme.GrantReversed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What is owed, item by item, as the grants announce it: every {@code GrantPosted} becomes a payable item (once per
 * source); every {@code GrantReversed} drops the item if it was not paid yet (out of its batch, which must then be
 * approved again if it was approved), or, if it was paid, turns the paid part into a receivable (追回): Dr RECEIVABLE,
 * Cr PAYABLE ({@code RECEIVABLE_RAISED}), so the beneficiary's payable account is square again and what it owes back
 * is on an account of its own. Both run in the transaction that posted the grant or its reversal, which holds the
 * programme-year's budget lock.
 */
@ApplicationScoped
public class Payables {

    private static final Logger LOG = Logger.getLogger(Payables.class);

    private final PayableItems items;
    private final Batches batches;
    private final Receivables receivables;
    private final Ledger ledger;
    private final Directory directory;
    private final Clock clock;

    Payables(PayableItems items, Batches batches, Receivables receivables, Ledger ledger, Directory directory,
            Clock clock) {
        this.items = items;
        this.batches = batches;
        this.receivables = receivables;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onGrant(@Observes GrantPosted grant) {
        String source = grant.sourceType();
        if (items.exists(source, grant.sourceId())) {
            LOG.debugf("Grant of %s %s is already payable", source, grant.sourceId());
            return;
        }
        items.persist(new PayableItem(grant.programmeCode(), grant.budgetYear(), grant.beneficiaryUscc(), source,
                grant.sourceId(), grant.journalEntryId(), grant.amount(), grant.description(), grant.postedAt(),
                MarketClock.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReversal(@Observes GrantReversed reversal) {
        Optional<PayableItem> found = items.lockBySource(reversal.sourceType(), reversal.sourceId());
        if (found.isEmpty()) {
            LOG.warnf("Reversal of %s %s has no payable item", reversal.sourceType(), reversal.sourceId());
            return;
        }
        PayableItem item = found.get();
        if (item.reversalEntryId != null) {
            return; // heard before
        }
        Instant now = MarketClock.now(clock);
        PayableItemStatus before = item.status;
        java.util.UUID batchId = item.batchId;
        item.reversed(reversal.reversalEntryId(), reversal.reason(), now);
        switch (before) {
            case UNPAID, DROPPED -> { }
            case IN_BATCH -> leaveBatch(item, batchId, reversal.reason());
            case PAID -> raiseReceivable(item, reversal.amount().min(item.amount), reversal.reason(), now);
        }
    }

    /** The item left its batch: its payee's line shrinks (or goes), the offset with it, and the batch is reopened. */
    private void leaveBatch(PayableItem item, java.util.UUID batchId, String reason) {
        PaymentBatch batch = batches.lock(batchId).orElseThrow();
        BatchPayee line = batches.payees(batchId).stream().filter(p -> p.payeeUscc.equals(item.beneficiaryUscc))
                .findFirst().orElseThrow();
        BigDecimal gross = line.gross.subtract(item.amount);
        BigDecimal offset = line.offsetAmount.min(gross.max(BigDecimal.ZERO));
        BigDecimal released = line.offsetAmount.subtract(offset);
        if (released.signum() > 0) {
            release(item.programmeCode, item.beneficiaryUscc, released);
        }
        if (gross.signum() <= 0) {
            batches.remove(line);
        } else {
            line.gross = gross;
            line.offsetAmount = offset;
            line.net = gross.subtract(offset);
        }
        batches.flush();
        batch.total = batches.payees(batchId).stream().map(p -> p.net)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        batch.changed("冲销：" + reason);
    }

    private void release(String programme, String uscc, BigDecimal amount) {
        BigDecimal left = amount;
        for (Receivable r : receivables.lockOpen(programme, uscc)) {
            BigDecimal part = left.min(r.reserved);
            if (part.signum() > 0) {
                r.release(part);
                left = left.subtract(part);
            }
        }
    }

    private void raiseReceivable(PayableItem item, BigDecimal paidPart, String reason, Instant now) {
        String region = directory.current(item.beneficiaryUscc).map(OrganisationFacts::region).orElse("450000");
        String description = "应收追回 " + item.programmeCode + " " + item.budgetYear + "：" + reason;
        java.util.UUID receivableId = java.util.UUID.randomUUID();
        java.util.UUID entry = ledger.post(Posting.of(EntryKind.RECEIVABLE_RAISED, Texts.clip(description, 1000),
                "RECEIVABLE", receivableId, List.of(
                        Posting.Line.debit(Account.receivable(item.programmeCode, item.beneficiaryUscc), paidPart),
                        Posting.Line.credit(Account.payable(item.programmeCode, item.beneficiaryUscc), paidPart))));
        receivables.persist(new Receivable(receivableId, item, region, paidPart, reason, entry, now));
    }
}
