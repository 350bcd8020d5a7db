package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The registry against the subsidy ledger, to the fen. From the registry's database: every registered contract
 * (状态 准予登记) with its parties and 技术交易额. From the subsidy service's database: the programmes, every
 * entitlement and the ledger's GRANT entries. The check derives, independently of the subsidy service's code, what
 * each registered contract must have given (the programme rules of BRIEF.md, the same arithmetic: basis × rate
 * HALF_UP to the fen, then the per-contract cap) and compares:
 * <ul>
 * <li>per programme: the number of entitlements and the sums of their bases and amounts, expected against actual;</li>
 * <li>per contract: a missing entitlement, an extra one (also for a contract the registry has not registered), or
 * a different amount — each printed;</li>
 * <li>the ledger: one GRANT entry per granted entitlement, and the GRANT entries' debits equal the granted amounts;</li>
 * <li>the registry's outbox has no event left unpublished, and nothing went to the dead-letter topic.</li>
 * </ul>
 * Loading ({@link #load}) and comparing ({@link #compare}) are apart, so the comparison is tested on planted
 * differences without a market.
 */
public final class Reconciliation {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Expected or actual entitlement of one contract under one programme. */
    record Key(UUID contract, String programme) {}

    public record Totals(long count, BigDecimal basis, BigDecimal amount) {
        static final Totals ZERO = new Totals(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        Totals plus(BigDecimal b, BigDecimal a) {
            return new Totals(count + 1, basis.add(b), amount.add(a));
        }

        Totals add(Totals other) {
            return new Totals(count + other.count, basis.add(other.basis), amount.add(other.amount));
        }
    }

    /** The outcome. {@code differences} lists every disagreement, one line each (the first 50 are kept). */
    public record Result(long registered, BigDecimal registeredTechnologyAmount, long contractsWithEntitlements,
            Map<String, Totals> expected, Map<String, Totals> actual, long grantEntries, BigDecimal grantDebits,
            BigDecimal grantedAmounts, long grantedEntitlements, long unpublishedOutbox, long deadLettered,
            long differenceCount, List<String> differences) {

        public boolean balanced() {
            return differenceCount == 0;
        }

        /** The same with one more difference found by the caller (a drill's own check). */
        public Result withDifference(String difference) {
            List<String> more = new ArrayList<>(differences);
            note(more, difference);
            return new Result(registered, registeredTechnologyAmount, contractsWithEntitlements, expected, actual,
                    grantEntries, grantDebits, grantedAmounts, grantedEntitlements, unpublishedOutbox, deadLettered,
                    differenceCount + 1, List.copyOf(more));
        }
    }

    /** An entitlement as the subsidy service stored it. */
    record Entitlement(UUID contract, String programme, BigDecimal basis, BigDecimal amount, String status) {}

    /**
     * Everything the comparison reads, loaded from the two databases and the broker ({@link #load}) or built by a
     * test: the registered contracts and the registry's unpublished outbox rows; the programmes, entitlements and
     * the ledger's GRANT entries (count and the sum of their debit lines); the messages on the dead-letter topic.
     */
    record Books(List<Registered> registered, long unpublishedOutbox, List<Programme> programmes,
            List<Entitlement> entitlements, long grantEntries, BigDecimal grantDebits, long deadLettered) {}

    private Reconciliation() {}

    /** Loads the books of the market and compares them; {@code deadLettered}: records on the contracts' DLQ. */
    public static Result run(MarketHandle market, long deadLettered) throws SQLException {
        return compare(load(market, deadLettered));
    }

    static Books load(MarketHandle market, long deadLettered) throws SQLException {
        List<Registered> registered = new ArrayList<>();
        long unpublished;
        try (Connection c = market.connectAsSuperuser("registry"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, contract_type, technology_transaction_amount, seller_uscc, "
                    + "seller_parent_uscc, buyer_uscc, buyer_kind, buyer_region, buyer_parent_uscc, intermediary_uscc, "
                    + "registered_at from contract where status = 'REGISTERED'")) {
                while (rs.next()) {
                    registered.add(new Registered(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10),
                            rs.getTimestamp(11).toInstant().atZone(CHINA).getYear()));
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*) from outbox where published_at is null")) {
                rs.next();
                unpublished = rs.getLong(1);
            }
        }
        List<Programme> programmes = new ArrayList<>();
        List<Entitlement> entitlements = new ArrayList<>();
        long grantEntries;
        BigDecimal grantDebits;
        try (Connection c = market.connectAsSuperuser("subsidy"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select code, budget_year, rule, rate, per_contract_cap, minimum_basis, "
                    + "eligible_categories from programme")) {
                while (rs.next()) {
                    Array categories = rs.getArray(7);
                    programmes.add(new Programme(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6),
                            Set.copyOf(Arrays.asList((String[]) categories.getArray()))));
                }
            }
            try (ResultSet rs = s.executeQuery("select contract_id, programme_code, basis_amount, amount, status "
                    + "from entitlement")) {
                while (rs.next()) {
                    entitlements.add(new Entitlement(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)));
                }
            }
            try (ResultSet rs = s.executeQuery("select count(distinct e.id), coalesce(sum(l.amount) filter "
                    + "(where l.amount > 0), 0) from journal_entry e join journal_line l on l.entry_id = e.id "
                    + "where e.kind = 'GRANT'")) {
                rs.next();
                grantEntries = rs.getLong(1);
                grantDebits = rs.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY);
            }
        }
        return new Books(registered, unpublished, programmes, entitlements, grantEntries, grantDebits, deadLettered);
    }

    /** The comparison itself, on books already loaded: no database, so it is unit-tested with planted errors. */
    static Result compare(Books books) {
        Map<UUID, Registered> registered = new HashMap<>();
        BigDecimal registeredSum = BigDecimal.ZERO.setScale(2);
        for (Registered r : books.registered()) {
            registered.put(r.id(), r);
            registeredSum = registeredSum.add(r.amount());
        }
        Map<Key, BigDecimal[]> actual = new HashMap<>();
        Map<String, Totals> actualTotals = new TreeMap<>();
        BigDecimal grantedAmounts = BigDecimal.ZERO.setScale(2);
        long granted = 0;
        List<String> differences = new ArrayList<>();
        long differenceCount = 0;
        for (Entitlement e : books.entitlements()) {
            Key key = new Key(e.contract(), e.programme());
            if (actual.put(key, new BigDecimal[] {e.basis(), e.amount()}) != null) {
                differenceCount++;
                note(differences, "duplicate entitlement " + key);
            }
            actualTotals.merge(key.programme(), Totals.ZERO.plus(e.basis(), e.amount()), Totals::add);
            if ("GRANTED".equals(e.status())) {
                granted++;
                grantedAmounts = grantedAmounts.add(e.amount());
            }
        }
        Map<String, Totals> expectedTotals = new TreeMap<>();
        Map<Key, BigDecimal[]> expected = new HashMap<>();
        for (Registered r : books.registered()) {
            for (Programme p : books.programmes()) {
                if (p.year() != r.year()) {
                    continue;
                }
                BigDecimal amount = p.assess(r);
                if (amount != null) {
                    expected.put(new Key(r.id(), p.code()), new BigDecimal[] {r.amount(), amount});
                    expectedTotals.merge(p.code(), Totals.ZERO.plus(r.amount(), amount), Totals::add);
                }
            }
        }
        for (var e : expected.entrySet()) {
            BigDecimal[] got = actual.get(e.getKey());
            if (got == null) {
                differenceCount++;
                note(differences, "missing: contract " + e.getKey().contract() + " has no " + e.getKey().programme()
                        + " entitlement (expected " + e.getValue()[1].toPlainString() + ")");
            } else if (got[0].compareTo(e.getValue()[0]) != 0 || got[1].compareTo(e.getValue()[1]) != 0) {
                differenceCount++;
                note(differences, "different: contract " + e.getKey().contract() + " " + e.getKey().programme()
                        + " basis/amount " + got[0].toPlainString() + "/" + got[1].toPlainString() + ", expected "
                        + e.getValue()[0].toPlainString() + "/" + e.getValue()[1].toPlainString());
            }
        }
        for (Key k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                differenceCount++;
                note(differences, "extra: " + k.programme() + " entitlement of contract " + k.contract()
                        + (registered.containsKey(k.contract()) ? "" : ", which the registry has not registered"));
            }
        }
        if (books.grantEntries() != granted) {
            differenceCount++;
            note(differences, "ledger: " + books.grantEntries() + " GRANT entries for " + granted
                    + " granted entitlements");
        }
        if (books.grantDebits().compareTo(grantedAmounts) != 0) {
            differenceCount++;
            note(differences, "ledger: GRANT debits " + books.grantDebits().toPlainString()
                    + " against granted amounts " + grantedAmounts.toPlainString());
        }
        if (books.unpublishedOutbox() > 0) {
            differenceCount++;
            note(differences, "registry outbox: " + books.unpublishedOutbox() + " events still unpublished");
        }
        if (books.deadLettered() > 0) {
            differenceCount++;
            note(differences, "dead-letter topic " + Backlogs.CONTRACTS_DLQ + ": " + books.deadLettered()
                    + " messages");
        }
        long withEntitlements = actual.keySet().stream().map(Key::contract).distinct().count();
        return new Result(registered.size(), registeredSum, withEntitlements, expectedTotals, actualTotals,
                books.grantEntries(), books.grantDebits(), grantedAmounts, granted, books.unpublishedOutbox(),
                books.deadLettered(), differenceCount, List.copyOf(differences));
    }

    private static void note(List<String> differences, String line) {
        if (differences.size() < 50) {
            differences.add(line);
        }
    }

    /** Writes the reconciliation into a section: a table per programme and every difference. */
    public static void report(Section section, String title, Result r) {
        boolean ok = r.balanced();
        long deadLettered = r.deadLettered();
        section.text("**Reconciliation " + title + ": " + (ok ? "balanced" : "NOT BALANCED") + ".** Registry: "
                + Fmt.count(r.registered()) + " registered contracts, 技术交易额 " + money(r.registeredTechnologyAmount())
                + " 元; subsidy: " + Fmt.count(r.contractsWithEntitlements()) + " contracts with entitlements; ledger: "
                + Fmt.count(r.grantEntries()) + " GRANT entries, debits " + money(r.grantDebits()) + " 元 = granted "
                + money(r.grantedAmounts()) + " 元 (" + Fmt.count(r.grantedEntitlements())
                + " granted, the rest waiting for budget); unpublished outbox rows " + r.unpublishedOutbox()
                + "; dead-lettered " + deadLettered + ".");
        Section.Table t = section.table("programme", "expected count", "actual count", "expected Σ basis",
                "actual Σ basis", "expected Σ amount", "actual Σ amount", "");
        Set<String> codes = new java.util.TreeSet<>(r.expected().keySet());
        codes.addAll(r.actual().keySet());
        for (String code : codes) {
            Totals e = r.expected().getOrDefault(code, Totals.ZERO);
            Totals a = r.actual().getOrDefault(code, Totals.ZERO);
            boolean same = e.count() == a.count() && e.basis().compareTo(a.basis()) == 0
                    && e.amount().compareTo(a.amount()) == 0;
            t.row(code, Fmt.count(e.count()), Fmt.count(a.count()), money(e.basis()), money(a.basis()),
                    money(e.amount()), money(a.amount()), same ? "=" : "**≠**");
        }
        if (!r.differences().isEmpty()) {
            section.text("Differences (" + r.differenceCount() + ", first " + r.differences().size() + "):\n\n"
                    + r.differences().stream().map(d -> "- " + d).collect(Collectors.joining("\n")));
        }
        var json = section.json().withArray("reconciliations").addObject();
        json.put("title", title);
        json.put("balanced", ok);
        json.put("registered", r.registered());
        json.put("registeredTechnologyTransactionAmount", r.registeredTechnologyAmount().toPlainString());
        json.put("contractsWithEntitlements", r.contractsWithEntitlements());
        json.put("grantEntries", r.grantEntries());
        json.put("grantDebits", r.grantDebits().toPlainString());
        json.put("grantedAmounts", r.grantedAmounts().toPlainString());
        json.put("unpublishedOutbox", r.unpublishedOutbox());
        json.put("deadLettered", deadLettered);
        json.put("differences", r.differenceCount());
        var programmes = json.putObject("programmes");
        for (String code : codes) {
            var p = programmes.putObject(code);
            Totals e = r.expected().getOrDefault(code, Totals.ZERO);
            Totals a = r.actual().getOrDefault(code, Totals.ZERO);
            p.put("expectedCount", e.count());
            p.put("actualCount", a.count());
            p.put("expectedBasis", e.basis().toPlainString());
            p.put("actualBasis", a.basis().toPlainString());
            p.put("expectedAmount", e.amount().toPlainString());
            p.put("actualAmount", a.amount().toPlainString());
        }
        if (!ok) {
            section.json().put("unbalanced", section.json().path("unbalanced").asInt(0) + 1);
        }
    }

    static String money(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    /** A registered contract as the rules see it. */
    record Registered(UUID id, String type, BigDecimal amount, String sellerUscc, String sellerParent,
            String buyerUscc, String buyerKind, String buyerRegion, String buyerParent, String intermediaryUscc,
            int year) {

        String category() {
            if (type.startsWith("DEVELOPMENT")) {
                return "DEVELOPMENT";
            }
            if (type.startsWith("TRANSFER")) {
                return "TRANSFER";
            }
            if (type.startsWith("LICENSE")) {
                return "LICENSE";
            }
            return type.startsWith("SERVICE") ? "SERVICE" : type;
        }
    }

    /** A programme-year as stored by the subsidy service, and BRIEF.md's rule for it. */
    record Programme(String code, int year, String rule, BigDecimal rate, BigDecimal cap, BigDecimal minimum,
            Set<String> categories) {

        /** The amount {@code r} must have given, or null when nothing. */
        BigDecimal assess(Registered r) {
            if (!categories.contains(r.category())) {
                return null;
            }
            switch (rule) {
                case "BUYER_POST_SUBSIDY" -> {
                    boolean affiliated = r.buyerUscc().equals(r.sellerUscc()) || r.buyerUscc().equals(r.sellerParent())
                            || (r.buyerParent() != null && r.buyerParent().equals(r.sellerUscc()));
                    if (!"ENTERPRISE".equals(r.buyerKind()) || !r.buyerRegion().startsWith("45") || affiliated) {
                        return null;
                    }
                }
                case "INTERMEDIARY" -> {
                    if (r.intermediaryUscc() == null || r.intermediaryUscc().equals(r.buyerUscc())
                            || r.intermediaryUscc().equals(r.sellerUscc())) {
                        return null;
                    }
                }
                case "REGISTRATION_BODY" -> { }
                default -> throw new IllegalStateException("a programme rule the reconciliation does not know: " + rule);
            }
            if (minimum != null && r.amount().compareTo(minimum) < 0) {
                return null;
            }
            BigDecimal amount = r.amount().multiply(rate).setScale(2, RoundingMode.HALF_UP);
            if (cap != null && amount.compareTo(cap) > 0) {
                amount = cap;
            }
            return amount.signum() == 0 ? null : amount;
        }
    }
}
