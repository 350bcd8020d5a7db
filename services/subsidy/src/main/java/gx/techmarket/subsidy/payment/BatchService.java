package gx.techmarket.subsidy.payment;

import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.platform.domain.AmountInWords;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.Budgets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Payment batches (拨付批次): gathered from a programme-year's unpaid items by an admin of the programme's sub-market,
 * approved, exported as a payment file, marked paid with the bank's reference (PAYMENT entries: Dr PAYABLE, Cr BANK,
 * and Cr RECEIVABLE for what is set off), each payee told by {@code SubsidyPaid}.
 */
@ApplicationScoped
class BatchService {

    private final Batches batches;
    private final PayableItems items;
    private final Receivables receivables;
    private final BankAccounts bankAccounts;
    private final ProgrammeAccess programmes;
    private final Budgets budgets;
    private final Ledger ledger;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    BatchService(Batches batches, PayableItems items, Receivables receivables, BankAccounts bankAccounts,
            ProgrammeAccess programmes, Budgets budgets, Ledger ledger, Directory directory, Outbox outbox,
            Clock clock) {
        this.batches = batches;
        this.items = items;
        this.receivables = receivables;
        this.bankAccounts = bankAccounts;
        this.programmes = programmes;
        this.budgets = budgets;
        this.ledger = ledger;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Gathers the programme-year's unpaid items into a new batch, one line per payee; a payee the bank must pay
     * without a verified account in the directory is held out (listed with the reason; its items stay unpaid).
     *
     * @throws ProblemException 404 {@code PROGRAMME_NOT_FOUND} (also when the caller does not run the programme),
     *                          409 {@code NOTHING_TO_PAY} when no item can be paid
     */
    @Transactional
    BatchView create(Actor actor, String bearer, String programmeCode, int year, Locale locale) {
        programmes.require(actor, programmeCode, year);
        budgets.lock(programmeCode, year); // reversals of the programme-year's grants queue behind the gathering
        List<PayableItem> unpaid = items.lockUnpaid(programmeCode, year);
        Map<String, List<PayableItem>> byPayee = new LinkedHashMap<>();
        unpaid.forEach(i -> byPayee.computeIfAbsent(i.beneficiaryUscc, k -> new ArrayList<>()).add(i));
        if (byPayee.isEmpty()) {
            throw ProblemException.conflict("NOTHING_TO_PAY", programmeCode, String.valueOf(year));
        }
        Map<String, BankAccounts.Verified> verified = bankAccounts.verified(bearer, List.copyOf(byPayee.keySet()));
        Map<String, Gathering.Account> accounts = new LinkedHashMap<>();
        verified.forEach((uscc, a) -> accounts.put(uscc,
                new Gathering.Account(a.bankName(), a.accountNumber(), a.accountName())));
        Map<String, List<Receivable>> open = new LinkedHashMap<>();
        Map<String, BigDecimal> offsettable = new LinkedHashMap<>();
        List<Gathering.Due> dues = new ArrayList<>();
        byPayee.forEach((uscc, list) -> {
            List<Receivable> owed = receivables.lockOpen(programmeCode, uscc);
            open.put(uscc, owed);
            offsettable.put(uscc, receivables.available(owed));
            BigDecimal sum = list.stream().map(i -> i.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String name = verified.containsKey(uscc) ? verified.get(uscc).name() : name(uscc);
            dues.add(new Gathering.Due(uscc, name, sum, list.size()));
        });
        Gathering.Result gathered = Gathering.gather(dues, accounts, offsettable);
        if (gathered.lines().isEmpty()) {
            throw ProblemException.conflict("NOTHING_TO_PAY_WITH_ACCOUNT", programmeCode, String.valueOf(year),
                    String.valueOf(gathered.held().size()));
        }
        Instant now = MarketClock.now(clock);
        PaymentBatch batch = new PaymentBatch(batches.nextNumber(MarketClock.today(clock).getYear()), programmeCode,
                year, actor.username(), now);
        batch.total = gathered.total();
        batches.persist(batch);
        int lineNo = 1;
        for (Gathering.Line line : gathered.lines()) {
            batches.persist(new BatchPayee(batch.id(), lineNo++, batch.number, line));
            byPayee.get(line.payeeUscc()).forEach(i -> i.gather(batch.id()));
            reserve(open.get(line.payeeUscc()), line.offset());
        }
        gathered.held().forEach(h -> batches.persist(new HeldPayee(batch.id(), h)));
        batches.flush();
        return view(actor, batch, locale);
    }

    private static void reserve(List<Receivable> open, BigDecimal offset) {
        BigDecimal left = offset;
        for (Receivable r : open) {
            BigDecimal part = left.min(r.available());
            if (part.signum() > 0) {
                r.reserve(part);
                left = left.subtract(part);
            }
        }
    }

    /** Approves a draft batch as it stands (409 {@code ILLEGAL_STATE_TRANSITION} otherwise). */
    @Transactional
    BatchView approve(Actor actor, UUID id, Locale locale) {
        PaymentBatch batch = lockedOwn(actor, id);
        if (batches.payees(id).isEmpty()) {
            throw ProblemException.conflict("NOTHING_TO_PAY", batch.programmeCode, String.valueOf(batch.budgetYear));
        }
        batch.approve(actor.username(), MarketClock.now(clock));
        return view(actor, batch, locale);
    }

    /**
     * Records the bank's payment of an approved batch: one PAYMENT entry per payee (Dr PAYABLE gross, Cr BANK net,
     * Cr RECEIVABLE offset), the offsets settled, the items paid, {@code SubsidyPaid} for each payee.
     *
     * @throws ProblemException 409 {@code BATCH_ALREADY_PAID} the second time, {@code BATCH_NOT_APPROVED} for a draft,
     *                          400 {@code PAID_ON_IN_FUTURE} for a day after today (China time)
     */
    @Transactional
    BatchView markPaid(Actor actor, UUID id, PaidRequest request, Locale locale) {
        PaymentBatch batch = lockedOwn(actor, id);
        if (batch.status == BatchStatus.PAID) {
            throw ProblemException.conflict("BATCH_ALREADY_PAID", batch.number, batch.paymentReference);
        }
        if (batch.status != BatchStatus.APPROVED) {
            throw ProblemException.conflict("BATCH_NOT_APPROVED", batch.number);
        }
        LocalDate today = MarketClock.today(clock);
        if (request.paidOn().isAfter(today)) {
            throw ProblemException.badRequest("PAID_ON_IN_FUTURE", request.paidOn().toString())
                    .withField("paidOn", "PAID_ON_IN_FUTURE");
        }
        String reference = request.paymentReference().strip();
        Instant now = MarketClock.now(clock);
        budgets.lock(batch.programmeCode, batch.budgetYear);
        batch.pay(reference, request.paidOn(), actor.username(), now);
        for (BatchPayee payee : batches.payees(id)) {
            payee.paymentEntryId = post(batch, payee, reference);
            if (payee.offsetAmount.signum() > 0) {
                settleOffset(batch, payee, request.paidOn(), actor.username(), now);
            }
            items.ofBatchAndPayee(id, payee.payeeUscc).forEach(i -> i.paid(now));
            outbox.publish(new SubsidyPaid(batch.id(), batch.number, batch.programmeCode, batch.budgetYear,
                    payee.payeeUscc, payee.payeeName, payee.gross, payee.offsetAmount, payee.net, payee.reference,
                    reference, request.paidOn(), now));
        }
        return view(actor, batch, locale);
    }

    private UUID post(PaymentBatch batch, BatchPayee payee, String reference) {
        List<Posting.Line> lines = new ArrayList<>();
        lines.add(Posting.Line.debit(Account.payable(batch.programmeCode, payee.payeeUscc), payee.gross));
        if (payee.net.signum() > 0) {
            lines.add(Posting.Line.credit(Account.bank(batch.programmeCode, batch.budgetYear), payee.net));
        }
        if (payee.offsetAmount.signum() > 0) {
            lines.add(Posting.Line.credit(Account.receivable(batch.programmeCode, payee.payeeUscc),
                    payee.offsetAmount));
        }
        String description = Texts.clip("补助拨付 " + batch.number + " " + batch.programmeCode + " "
                + batch.budgetYear + "：" + payee.payeeName + "，" + payee.reference + "，银行凭证 " + reference, 1000);
        return ledger.post(Posting.of(EntryKind.PAYMENT, description, "PAYMENT_BATCH", batch.id(), lines));
    }

    private void settleOffset(PaymentBatch batch, BatchPayee payee, LocalDate on, String by, Instant now) {
        BigDecimal left = payee.offsetAmount;
        for (Receivable r : receivables.lockOpen(batch.programmeCode, payee.payeeUscc)) {
            BigDecimal part = left.min(r.reserved);
            if (part.signum() > 0) {
                r.offset(part, now);
                receivables.persist(new ReceivableSettlement(r.id(), "OFFSET", part, payee.paymentEntryId,
                        batch.id(), payee.reference, on, by, now));
                left = left.subtract(part);
            }
        }
        if (left.signum() != 0) {
            throw new IllegalStateException("batch " + batch.number + " sets off " + payee.offsetAmount + " for "
                    + payee.payeeUscc + " but only " + payee.offsetAmount.subtract(left) + " was set aside");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<BatchView> list(Actor actor, String programme, Integer year, BatchStatus status, Locale locale) {
        return batches.search(programme, year, status).stream()
                .filter(b -> programmes.runs(actor, b.programmeCode, b.budgetYear))
                .map(b -> view(actor, b, locale)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    BatchView get(Actor actor, UUID id, Locale locale) {
        return view(actor, own(actor, id), locale);
    }

    /** The payment file of an approved (or paid) batch; 409 {@code BATCH_NOT_APPROVED} for a draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    byte[] paymentFile(Actor actor, UUID id) {
        PaymentBatch batch = own(actor, id);
        if (batch.status == BatchStatus.DRAFT) {
            throw ProblemException.conflict("BATCH_NOT_APPROVED", batch.number);
        }
        List<PaymentFile.Row> rows = batches.payees(id).stream().filter(p -> p.net.signum() > 0)
                .map(p -> new PaymentFile.Row(p.lineNo, p.payeeName, p.payeeUscc, p.accountName, p.bankName,
                        p.accountNumber, p.net, p.reference)).toList();
        return PaymentFile.write(new PaymentFile.Header(batch.number, batch.programmeCode, batch.budgetYear,
                batch.total, batch.approvedBy, batch.approvedAt), rows);
    }

    private PaymentBatch own(Actor actor, UUID id) {
        PaymentBatch batch = batches.findById(id);
        if (batch == null || !programmes.runs(actor, batch.programmeCode, batch.budgetYear)) {
            throw ProblemException.notFound("BATCH_NOT_FOUND");
        }
        return batch;
    }

    private PaymentBatch lockedOwn(Actor actor, UUID id) {
        own(actor, id);
        return batches.lock(id).orElseThrow();
    }

    private String name(String uscc) {
        return directory.current(uscc).map(OrganisationFacts::name).orElse(uscc);
    }

    BatchView view(Actor actor, PaymentBatch b, Locale locale) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        items.ofBatch(b.id()).forEach(i -> counts.merge(i.beneficiaryUscc, 1, Integer::sum));
        List<BatchView.Payee> payees = batches.payees(b.id()).stream().map(p -> new BatchView.Payee(p.lineNo,
                p.payeeUscc, p.payeeName, p.bankName, p.accountNumber, p.accountName, p.gross, p.offsetAmount, p.net,
                AmountInWords.of(p.net), p.reference, counts.getOrDefault(p.payeeUscc, 0))).toList();
        List<BatchView.Held> held = batches.held(b.id()).stream().map(h -> new BatchView.Held(h.payeeUscc,
                name(h.payeeUscc), h.amount, h.items, h.reason, Messages.text("held." + h.reason, locale).orElse(h.reason)))
                .toList();
        List<String> actions = new ArrayList<>();
        boolean runs = programmes.runs(actor, b.programmeCode, b.budgetYear);
        if (runs && BatchStatus.LIFECYCLE.allows("approve", b.status) && !payees.isEmpty()) {
            actions.add("approve");
        }
        if (runs && b.status != BatchStatus.DRAFT) {
            actions.add("download-payment-file");
        }
        if (runs && BatchStatus.LIFECYCLE.allows("pay", b.status)) {
            actions.add("mark-paid");
        }
        return new BatchView(b.id(), b.number, b.programmeCode, b.budgetYear, b.status, b.total,
                AmountInWords.of(b.total), payees, held, b.createdAt(), b.createdBy, b.approvedAt, b.approvedBy,
                b.reapprovalReason, b.paidAt, b.paidOn, b.paymentReference, List.copyOf(actions));
    }
}
