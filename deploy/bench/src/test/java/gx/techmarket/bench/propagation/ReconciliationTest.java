package gx.techmarket.bench.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.bench.propagation.Reconciliation.Books;
import gx.techmarket.bench.propagation.Reconciliation.Entitlement;
import gx.techmarket.bench.propagation.Reconciliation.Programme;
import gx.techmarket.bench.propagation.Reconciliation.Registered;
import gx.techmarket.bench.propagation.Reconciliation.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The comparison on books built by hand: a clean market balances to the fen, and every planted difference (a
 * missing, an extra, an off-by-a-fen entitlement, a wrong GRANT, an unpublished outbox row, a dead-lettered message)
 * is listed.
 */
class ReconciliationTest {

    private static final UUID C1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID C2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID C3 = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID UNREGISTERED = UUID.fromString("00000000-0000-0000-0000-000000000009");

    /** 5 % to a Guangxi buyer above 100,000.00, capped at 500,000.00; 0.1 % to the registration point, capped. */
    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("BUYER", 2026, "BUYER_POST_SUBSIDY", new BigDecimal("0.05"), new BigDecimal("500000.00"),
                    new BigDecimal("100000.00"), Set.of("DEVELOPMENT", "TRANSFER")),
            new Programme("POINT", 2026, "REGISTRATION_BODY", new BigDecimal("0.001"), new BigDecimal("2000.00"),
                    null, Set.of("DEVELOPMENT", "TRANSFER", "LICENSE", "SERVICE")));

    private static Registered contract(UUID id, String type, String amount) {
        return new Registered(id, type, new BigDecimal(amount), "91450100SELLER0001", null, "91450100BUYER00001",
                "ENTERPRISE", "450100", null, null, 2026);
    }

    /** c1 gives 50,000.00 + 1,000.00; c2 16,666.67 (HALF_UP of 16,666.6665) + 333.33; c3 (a service) 50.00. */
    private static final List<Registered> REGISTERED = List.of(contract(C1, "DEVELOPMENT", "1000000.00"),
            contract(C2, "TRANSFER_PATENT", "333333.33"), contract(C3, "SERVICE", "50000.00"));

    private static Entitlement granted(UUID contract, String programme, String basis, String amount) {
        return new Entitlement(contract, programme, new BigDecimal(basis), new BigDecimal(amount), "GRANTED");
    }

    private static List<Entitlement> correct() {
        return new ArrayList<>(List.of(granted(C1, "BUYER", "1000000.00", "50000.00"),
                granted(C1, "POINT", "1000000.00", "1000.00"), granted(C2, "BUYER", "333333.33", "16666.67"),
                granted(C2, "POINT", "333333.33", "333.33"), granted(C3, "POINT", "50000.00", "50.00")));
    }

    /** The books with a ledger that matches {@code entitlements}' granted ones exactly. */
    private static Books books(List<Entitlement> entitlements, long unpublished, long deadLettered) {
        List<Entitlement> grants = entitlements.stream().filter(e -> e.status().equals("GRANTED")).toList();
        BigDecimal debits = grants.stream().map(Entitlement::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        return new Books(REGISTERED, unpublished, PROGRAMMES, entitlements, grants.size(), debits, deadLettered);
    }

    @Test
    void shouldBalanceWhenEveryContractHasExactlyItsEntitlements() {
        Result r = Reconciliation.compare(books(correct(), 0, 0));
        assertThat(r.differences()).isEmpty();
        assertThat(r.balanced()).isTrue();
        assertThat(r.registered()).isEqualTo(3);
        assertThat(r.registeredTechnologyAmount()).isEqualByComparingTo("1383333.33");
        assertThat(r.contractsWithEntitlements()).isEqualTo(3);
        assertThat(r.expected()).isEqualTo(r.actual());
        assertThat(r.expected().get("BUYER").count()).isEqualTo(2);
        assertThat(r.expected().get("BUYER").amount()).isEqualByComparingTo("66666.67");
        assertThat(r.expected().get("POINT").amount()).isEqualByComparingTo("1383.33");
        assertThat(r.grantEntries()).isEqualTo(5);
        assertThat(r.grantedAmounts()).isEqualByComparingTo(r.grantDebits());
    }

    @Test
    void shouldListAMissingAnExtraAndAnOffByAFenEntitlementEachOnItsOwn() {
        List<Entitlement> e = correct();
        e.remove(1); // c1 has no POINT entitlement
        e.set(1, granted(C2, "BUYER", "333333.33", "16666.66")); // a fen short: HALF_DOWN, say
        e.add(granted(C3, "BUYER", "50000.00", "2500.00")); // a service contract is not the buyer programme's
        e.add(granted(UNREGISTERED, "POINT", "10.00", "0.01")); // a contract the registry never registered
        Result r = Reconciliation.compare(books(e, 0, 0));
        assertThat(r.balanced()).isFalse();
        assertThat(r.differenceCount()).isEqualTo(4);
        assertThat(r.differences()).containsExactlyInAnyOrder(
                "missing: contract " + C1 + " has no POINT entitlement (expected 1000.00)",
                "different: contract " + C2 + " BUYER basis/amount 333333.33/16666.66, expected 333333.33/16666.67",
                "extra: BUYER entitlement of contract " + C3,
                "extra: POINT entitlement of contract " + UNREGISTERED + ", which the registry has not registered");
        assertThat(r.actual().get("BUYER").amount()).isEqualByComparingTo("69166.66");
        assertThat(r.expected().get("BUYER").amount()).isEqualByComparingTo("66666.67");
    }

    @Test
    void shouldListABasisOffByAFenToo() {
        List<Entitlement> e = correct();
        e.set(4, granted(C3, "POINT", "50000.01", "50.00"));
        assertThat(Reconciliation.compare(books(e, 0, 0)).differences()).containsExactly("different: contract "
                + C3 + " POINT basis/amount 50000.01/50.00, expected 50000.00/50.00");
    }

    @Test
    void shouldListAGrantWithoutItsEntitlementAndDebitsThatDoNotMatch() {
        Books right = books(correct(), 0, 0);
        Books oneGrantTooMany = new Books(right.registered(), 0, right.programmes(), right.entitlements(), 6,
                right.grantDebits().add(new BigDecimal("0.01")), 0);
        Result r = Reconciliation.compare(oneGrantTooMany);
        assertThat(r.differences()).containsExactlyInAnyOrder(
                "ledger: 6 GRANT entries for 5 granted entitlements",
                "ledger: GRANT debits 68050.01 against granted amounts 68050.00");
    }

    @Test
    void shouldCountAnEntitlementWaitingForBudgetAsAnEntitlementButNotAsAGrant() {
        List<Entitlement> e = correct();
        e.set(0, new Entitlement(C1, "BUYER", new BigDecimal("1000000.00"), new BigDecimal("50000.00"),
                "WAITING_FOR_BUDGET"));
        Result r = Reconciliation.compare(books(e, 0, 0));
        assertThat(r.balanced()).isTrue();
        assertThat(r.grantedEntitlements()).isEqualTo(4);
        // the same ledger with a GRANT for it as well does not balance
        Books granted = books(correct(), 0, 0);
        assertThat(Reconciliation.compare(new Books(REGISTERED, 0, PROGRAMMES, e, granted.grantEntries(),
                granted.grantDebits(), 0)).differences()).containsExactlyInAnyOrder(
                        "ledger: 5 GRANT entries for 4 granted entitlements",
                        "ledger: GRANT debits 68050.00 against granted amounts 18050.00");
    }

    @Test
    void shouldListAnUnpublishedOutboxRowAndADeadLetteredMessage() {
        Result r = Reconciliation.compare(books(correct(), 1, 2));
        assertThat(r.differences()).containsExactlyInAnyOrder("registry outbox: 1 events still unpublished",
                "dead-letter topic registry.contracts.v1.dlq: 2 messages");
        assertThat(r.unpublishedOutbox()).isEqualTo(1);
        assertThat(r.deadLettered()).isEqualTo(2);
    }

    @Test
    void shouldListAnEntitlementRecordedTwice() {
        List<Entitlement> e = correct();
        e.add(granted(C3, "POINT", "50000.00", "50.00"));
        Result r = Reconciliation.compare(new Books(REGISTERED, 0, PROGRAMMES, e, 6,
                new BigDecimal("68100.00"), 0));
        assertThat(r.differences()).containsExactly("duplicate entitlement Key[contract=" + C3
                + ", programme=POINT]");
    }

    @Test
    void shouldGiveNothingToABuyerOutsideGuangxiAffiliatedOrBelowTheMinimum() {
        Programme buyer = PROGRAMMES.get(0);
        Registered outside = new Registered(C1, "DEVELOPMENT", new BigDecimal("1000000.00"), "S", null, "B",
                "ENTERPRISE", "110100", null, null, 2026);
        Registered daughter = new Registered(C1, "DEVELOPMENT", new BigDecimal("1000000.00"), "S", null, "B",
                "ENTERPRISE", "450100", "S", null, 2026);
        Registered small = contract(C1, "DEVELOPMENT", "99999.99");
        assertThat(buyer.assess(outside)).isNull();
        assertThat(buyer.assess(daughter)).isNull();
        assertThat(buyer.assess(small)).isNull();
        assertThat(buyer.assess(contract(C1, "DEVELOPMENT", "20000000.00"))).isEqualByComparingTo("500000.00");
    }

    @Test
    void shouldKeepTheFirstFiftyDifferencesAndCountThemAll() {
        List<Entitlement> e = correct();
        for (int i = 0; i < 60; i++) {
            e.add(new Entitlement(UUID.randomUUID(), "POINT", new BigDecimal("1.00"), new BigDecimal("0.01"),
                    "WAITING_FOR_BUDGET"));
        }
        Result r = Reconciliation.compare(books(e, 0, 0));
        assertThat(r.differenceCount()).isEqualTo(60);
        assertThat(r.differences()).hasSize(50);
    }
}
