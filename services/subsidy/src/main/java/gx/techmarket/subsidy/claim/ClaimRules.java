package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.subsidy.programme.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a claim gives (plain Java, no persistence): on the 技术交易额 actually paid (a contract's claim), on the declared
 * R&D expense (an R&D expense claim) or the qualification's fixed amount, then the caps, each step explained.
 *
 * <p>A contract's subsidy is {@code min(round(cumulative payments × rate), the entitlement's ceiling)} minus what
 * earlier claims on the entitlement gave: so partial payments over time give partial subsidies that add up, to the
 * fen, to what one claim for all of them would give. Then the beneficiary-year cap (what is left of it) and the
 * programme's minimum amount.
 */
public final class ClaimRules {

    private ClaimRules() {}

    /** The amount and the steps that led to it. */
    public record Calculation(BigDecimal amount, List<Explanation.Step> steps) {

        public Explanation explanation() {
            return new Explanation(steps);
        }
    }

    /**
     * The programme's caps that apply after the basis.
     *
     * @param yearCap   the per-beneficiary-per-year cap, null when the programme has none
     * @param yearUsed  what the beneficiary was granted (or approved) in the programme-year so far, this claim aside
     * @param minimum   the smallest amount the programme pays, null when it has none
     */
    public record Caps(BigDecimal yearCap, BigDecimal yearUsed, BigDecimal minimum) {}

    /**
     * A contract's claim on its CLAIMABLE entitlement.
     *
     * @param registeredBasis the registered 技术交易额 T the entitlement was assessed on
     * @param rate            the programme's rate
     * @param ceiling         the entitlement's amount (T × rate, capped per contract): the most all claims give
     * @param pendingPayments the payments of the entitlement's other claims submitted and not yet approved
     * @param earlierPayments the payments of the entitlement's earlier approved claims
     * @param earlierGiven    what the entitlement's earlier approved claims give
     * @param payments        this claim's payments
     * @throws ProblemException 409 {@code CLAIM_EXCEEDS_ENTITLEMENT} when the payments, with the other claims', pass
     *                          T; 409 {@code CLAIM_NOTHING_LEFT} when nothing is left to give
     */
    public static Calculation onPayments(BigDecimal registeredBasis, BigDecimal rate, BigDecimal ceiling,
            BigDecimal pendingPayments, BigDecimal earlierPayments, BigDecimal earlierGiven, BigDecimal payments,
            Caps caps) {
        List<Explanation.Step> steps = new ArrayList<>();
        BigDecimal cumulative = earlierPayments.add(payments);
        BigDecimal declared = cumulative.add(pendingPayments);
        if (declared.compareTo(registeredBasis) > 0) {
            throw ProblemException.conflict("CLAIM_EXCEEDS_ENTITLEMENT", money(declared), money(registeredBasis))
                    .withField("payments", "CLAIM_EXCEEDS_ENTITLEMENT");
        }
        steps.add(step("claim.payments", Explanation.Source.PAYMENT_EVIDENCE, Explanation.Outcome.MET,
                "payments", money(payments), "earlierPayments", money(earlierPayments), "cumulative",
                money(cumulative), "registeredBasis", money(registeredBasis)));
        BigDecimal gross = fen(cumulative.multiply(rate));
        steps.add(step("claim.rate", Explanation.Source.PROGRAMME, Explanation.Outcome.APPLIED,
                "cumulative", money(cumulative), "rate", rate.stripTrailingZeros().toPlainString(), "amount",
                money(gross)));
        BigDecimal total = gross;
        if (gross.compareTo(ceiling) > 0) {
            total = ceiling;
            steps.add(step("claim.ceiling", Explanation.Source.PROGRAMME, Explanation.Outcome.APPLIED,
                    "amount", money(gross), "ceiling", money(ceiling)));
        }
        BigDecimal amount = total.subtract(earlierGiven);
        steps.add(step("claim.earlier", Explanation.Source.LEDGER, Explanation.Outcome.APPLIED,
                "total", money(total), "earlierGiven", money(earlierGiven), "amount", money(amount.max(BigDecimal.ZERO))));
        if (amount.signum() <= 0) {
            throw ProblemException.conflict("CLAIM_NOTHING_LEFT", money(earlierGiven), money(total));
        }
        return capped(amount, caps, steps);
    }

    /**
     * An R&D expense claim: the declared expense × the rate, then the beneficiary-year cap and the minimum.
     *
     * @throws ProblemException 409 {@code CLAIM_NOTHING_LEFT} when the year's cap is used up
     */
    public static Calculation onExpenses(BigDecimal expenses, BigDecimal rate, Caps caps) {
        List<Explanation.Step> steps = new ArrayList<>();
        BigDecimal gross = fen(expenses.multiply(rate));
        steps.add(step("claim.expenses", Explanation.Source.EXPENSE_EVIDENCE, Explanation.Outcome.APPLIED,
                "expenses", money(expenses), "rate", rate.stripTrailingZeros().toPlainString(), "amount",
                money(gross)));
        if (gross.signum() <= 0) {
            throw ProblemException.conflict("CLAIM_NOTHING_LEFT", money(BigDecimal.ZERO), money(gross));
        }
        return capped(gross, caps, steps);
    }

    /**
     * A qualification's claim (高企 recognition): what is left of the entitlement's fixed amount, then the caps.
     *
     * @throws ProblemException 409 {@code CLAIM_NOTHING_LEFT} when earlier claims gave it all
     */
    public static Calculation onQualification(BigDecimal ceiling, BigDecimal earlierGiven, Caps caps) {
        List<Explanation.Step> steps = new ArrayList<>();
        BigDecimal amount = ceiling.subtract(earlierGiven);
        steps.add(step("claim.fixed", Explanation.Source.PROGRAMME, Explanation.Outcome.APPLIED,
                "ceiling", money(ceiling), "earlierGiven", money(earlierGiven), "amount",
                money(amount.max(BigDecimal.ZERO))));
        if (amount.signum() <= 0) {
            throw ProblemException.conflict("CLAIM_NOTHING_LEFT", money(earlierGiven), money(ceiling));
        }
        return capped(amount, caps, steps);
    }

    private static Calculation capped(BigDecimal amount, Caps caps, List<Explanation.Step> steps) {
        BigDecimal result = amount;
        if (caps.yearCap() != null) {
            BigDecimal left = caps.yearCap().subtract(caps.yearUsed()).max(BigDecimal.ZERO);
            boolean cuts = result.compareTo(left) > 0;
            steps.add(step("claim.yearCap", Explanation.Source.LEDGER,
                    cuts ? Explanation.Outcome.APPLIED : Explanation.Outcome.MET,
                    "yearCap", money(caps.yearCap()), "yearUsed", money(caps.yearUsed()), "left", money(left),
                    "amount", money(result.min(left))));
            result = result.min(left);
            if (result.signum() <= 0) {
                throw ProblemException.conflict("CLAIM_YEAR_CAP_REACHED", money(caps.yearCap()));
            }
        }
        if (caps.minimum() != null && result.compareTo(caps.minimum()) < 0) {
            steps.add(step("claim.minimum", Explanation.Source.PROGRAMME, Explanation.Outcome.NOT_MET,
                    "amount", money(result), "minimum", money(caps.minimum())));
            throw ProblemException.conflict("CLAIM_BELOW_MINIMUM", money(result), money(caps.minimum()));
        }
        if (caps.minimum() != null) {
            steps.add(step("claim.minimum", Explanation.Source.PROGRAMME, Explanation.Outcome.MET,
                    "amount", money(result), "minimum", money(caps.minimum())));
        }
        steps.add(step("claim.amount", Explanation.Source.CLAIM, Explanation.Outcome.INFO, "amount", money(result)));
        return new Calculation(result, List.copyOf(steps));
    }

    /** Rounded HALF_UP to the fen, as every amount of the service. */
    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static Explanation.Step step(String code, Explanation.Source source, Explanation.Outcome outcome,
            String... facts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            map.put(facts[i], facts[i + 1]);
        }
        return new Explanation.Step(code, source, outcome, map);
    }
}
