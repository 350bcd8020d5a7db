package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.security.GuangxiRegions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A programme's rule and settings for one budget year, and the rule itself: plain Java, no framework.
 *
 * <p>Money: amounts are 元 with fen precision; {@code basis × rate} is rounded HALF_UP to the fen (0.005 元 and up
 * rounds away from zero), then the per-contract cap applies. The basis of every contract programme is the
 * registered 技术交易额 ({@code technologyTransactionAmount}), also for the registration body's 1‰ of the 认定登记额.
 *
 * @param code                  programme code, e.g. {@code INTERMEDIARY_SUBSIDY}
 * @param rule                  how an entitlement is derived
 * @param rate                  fraction of the basis, e.g. {@code 0.01}; at most {@code 0.50} (the policy's limit);
 *                              {@code null} for rules without a rate (高企 recognition, vouchers)
 * @param perContractCap        the most one contract can give, {@code null} when unlimited
 * @param minimumBasis          the least 技术交易额 that gives anything, {@code null} when none
 * @param eligibleCategories    the contract categories the programme covers (empty for rules without contracts)
 * @param policyClause          政策条款 the entitlement rests on
 * @param subMarket             the region of the sub-market that runs the programme and whose organisations it
 *                              serves: {@code 450000} the province, {@code 451000} 百色 (4510xx), …
 * @param grantMode             免申即享 or 需申报
 * @param approval              who verifies and approves claims
 * @param perBeneficiaryYearCap the most one beneficiary can get from the programme in a budget year, {@code null}
 *                              when unlimited
 * @param minimumAmount         the least amount worth granting, {@code null} when none
 * @param fixedAmount           高企 recognition: what a first recognition gives
 * @param renewalAmount         高企 recognition: what a re-recognition gives ({@code null}: nothing)
 * @param effectiveFrom         the first day these settings apply, {@code null} from the start of the budget year
 */
public record ProgrammeTerms(String code, RuleKind rule, BigDecimal rate, BigDecimal perContractCap,
        BigDecimal minimumBasis, Set<ContractCategory> eligibleCategories, String policyClause, String subMarket,
        GrantMode grantMode, ApprovalMode approval, BigDecimal perBeneficiaryYearCap, BigDecimal minimumAmount,
        BigDecimal fixedAmount, BigDecimal renewalAmount, LocalDate effectiveFrom) {

    /** "最高50%" (桂政发〔2018〕51号): the most any programme's rate may be. */
    public static final BigDecimal RATE_LIMIT = new BigDecimal("0.50");

    /** The buyer post-subsidy's limit, {@link #RATE_LIMIT}. */
    public static final BigDecimal BUYER_RATE_LIMIT = RATE_LIMIT;

    /** The province's sub-market: every Guangxi region. */
    public static final String PROVINCE = "450000";

    private static final java.util.regex.Pattern SUB_MARKET = java.util.regex.Pattern.compile("45[0-9]{4}");

    public ProgrammeTerms {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(policyClause, "policyClause");
        if (rule.usesRate()) {
            Objects.requireNonNull(rate, "rate");
        } else if (rate != null) {
            throw new IllegalArgumentException("a " + rule + " programme has no rate");
        }
        if (rate != null) {
            if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 6) {
                throw new IllegalArgumentException("rate " + rate.toPlainString() + " is not a fraction in (0, 1] with at most 6 decimals");
            }
            if (rate.compareTo(RATE_LIMIT) > 0) {
                throw new IllegalArgumentException("a programme gives at most 50% of its basis, not " + rate.toPlainString());
            }
            rate = normalRate(rate);
        }
        perContractCap = positive(perContractCap, "per-contract cap");
        if (minimumBasis != null) {
            if (minimumBasis.signum() < 0) {
                throw new IllegalArgumentException("a minimum 技术交易额 is not negative");
            }
            minimumBasis = minimumBasis.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (rule.isContractBased() && (eligibleCategories == null || eligibleCategories.isEmpty())) {
            throw new IllegalArgumentException("a programme covers at least one contract category");
        }
        eligibleCategories = eligibleCategories == null || eligibleCategories.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(eligibleCategories));
        subMarket = subMarket == null ? PROVINCE : subMarket;
        if (!SUB_MARKET.matcher(subMarket).matches()) {
            throw new IllegalArgumentException("'" + subMarket + "' is not a Guangxi region code");
        }
        grantMode = grantMode == null ? GrantMode.AUTOMATIC : grantMode;
        approval = approval == null ? ApprovalMode.SUB_MARKET : approval;
        perBeneficiaryYearCap = positive(perBeneficiaryYearCap, "per-beneficiary yearly cap");
        minimumAmount = positive(minimumAmount, "minimum amount");
        fixedAmount = positive(fixedAmount, "fixed amount");
        renewalAmount = positive(renewalAmount, "renewal amount");
        if (rule == RuleKind.HIGH_TECH_RECOGNITION && fixedAmount == null) {
            throw new IllegalArgumentException("a recognition programme names the amount a first recognition gives");
        }
    }

    /** The settings of a 免申即享, province-wide contract programme without further caps (as before issue 16). */
    public ProgrammeTerms(String code, RuleKind rule, BigDecimal rate, BigDecimal perContractCap,
            BigDecimal minimumBasis, Set<ContractCategory> eligibleCategories, String policyClause) {
        this(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause, PROVINCE,
                GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null, null, null, null);
    }

    /** The same as {@link #ProgrammeTerms(String, RuleKind, BigDecimal, BigDecimal, BigDecimal, Set, String)}. */
    public static ProgrammeTerms contract(String code, RuleKind rule, BigDecimal rate, BigDecimal perContractCap,
            BigDecimal minimumBasis, Set<ContractCategory> eligibleCategories, String policyClause) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause);
    }

    public ProgrammeTerms withSubMarket(String region) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                region, grantMode, approval, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount,
                effectiveFrom);
    }

    public ProgrammeTerms withGrantMode(GrantMode mode) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, mode, approval, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount,
                effectiveFrom);
    }

    public ProgrammeTerms withApproval(ApprovalMode mode) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, grantMode, mode, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount,
                effectiveFrom);
    }

    public ProgrammeTerms withPerBeneficiaryYearCap(BigDecimal cap) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, grantMode, approval, cap, minimumAmount, fixedAmount, renewalAmount, effectiveFrom);
    }

    public ProgrammeTerms withMinimumAmount(BigDecimal minimum) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, grantMode, approval, perBeneficiaryYearCap, minimum, fixedAmount, renewalAmount,
                effectiveFrom);
    }

    public ProgrammeTerms withAmounts(BigDecimal fixed, BigDecimal renewal) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, grantMode, approval, perBeneficiaryYearCap, minimumAmount, fixed, renewal, effectiveFrom);
    }

    public ProgrammeTerms withEffectiveFrom(LocalDate from) {
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, eligibleCategories, policyClause,
                subMarket, grantMode, approval, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount, from);
    }

    /**
     * Whether {@code region} (an organisation's, from the directory) lies in the programme's sub-market: any Guangxi
     * region for the province's programmes, {@code 4510xx} for 百色's ({@code 451000}), the county itself for a
     * county's.
     */
    public boolean coversRegion(String region) {
        if (region == null) {
            return false;
        }
        String prefix = subMarket.endsWith("0000") ? subMarket.substring(0, 2)
                : subMarket.endsWith("00") ? subMarket.substring(0, 4) : subMarket;
        return region.startsWith(prefix);
    }

    private static BigDecimal positive(BigDecimal amount, String what) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a " + what + " is positive");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * A rate as shown and announced: trailing zeros dropped, at least two decimals ({@code 0.200000} → {@code 0.20},
     * {@code 0.001000} → {@code 0.001}).
     */
    public static BigDecimal normalRate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * What this programme gives for {@code contract}, decided on the directory's facts in force at its registration
     * ({@code directory}), never on the parties as the event carried them. Each outcome says which facts it rests on.
     */
    public Assessment assess(DirectoryOnDate directory, ContractRegistered contract) {
        if (!rule.isContractBased()) {
            throw new IllegalStateException(rule + " does not assess contracts");
        }
        Facts facts = new Facts(directory);
        if (!eligibleCategories.contains(contract.contractType().category())) {
            return facts.no(Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE,
                    "contractType " + contract.contractType() + " (" + contract.contractType().category() + ")");
        }
        BigDecimal basis = contract.technologyTransactionAmount();
        Party beneficiary;
        switch (rule) {
            case BUYER_POST_SUBSIDY -> {
                // an export's buyer or an import's seller has no USCC: the directory cannot say what it is
                Optional<Assessment.Ineligible> foreign = facts.foreign("buyer", contract.buyer())
                        .or(() -> facts.foreign("seller", contract.seller()));
                if (foreign.isPresent()) {
                    return foreign.get();
                }
                Optional<Party> buyer = facts.party("buyer", contract.buyer().uscc());
                if (buyer.isEmpty()) {
                    return facts.no(Assessment.Reason.BUYER_NOT_VERIFIED);
                }
                if (buyer.get().kind() != OrgKind.ENTERPRISE) {
                    return facts.no(Assessment.Reason.BUYER_NOT_ENTERPRISE);
                }
                if (!GuangxiRegions.isInGuangxi(buyer.get().region())) {
                    return facts.no(Assessment.Reason.BUYER_OUTSIDE_GUANGXI);
                }
                if (facts.party("seller", contract.seller().uscc()).isEmpty()) {
                    return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
                }
                if (facts.relation("buyer", contract.buyer().uscc(), "seller", contract.seller().uscc()).affiliated()) {
                    return facts.no(Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER);
                }
                beneficiary = buyer.get();
            }
            case INTERMEDIARY -> {
                Party named = contract.intermediary();
                if (named == null) {
                    return facts.no(Assessment.Reason.NO_INTERMEDIARY, "no intermediary");
                }
                Optional<Assessment.Ineligible> foreign = facts.foreign("intermediary", named)
                        .or(() -> facts.foreign("seller", contract.seller()))
                        .or(() -> facts.foreign("buyer", contract.buyer()));
                if (foreign.isPresent()) {
                    return foreign.get();
                }
                if (named.uscc().equals(contract.buyer().uscc()) || named.uscc().equals(contract.seller().uscc())) {
                    return facts.no(Assessment.Reason.INTERMEDIARY_IS_PARTY,
                            "intermediary " + named.uscc() + " is a party");
                }
                // the relation to both parties must be known to be "unrelated": an unknown party (an external
                // buyer) leaves it undecided, and undecided pays nothing
                Optional<Party> broker = facts.party("intermediary", named.uscc());
                if (broker.isEmpty() || facts.party("seller", contract.seller().uscc()).isEmpty()
                        || facts.party("buyer", contract.buyer().uscc()).isEmpty()) {
                    return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
                }
                Relation toSeller = facts.relation("intermediary", named.uscc(), "seller", contract.seller().uscc());
                Relation toBuyer = facts.relation("intermediary", named.uscc(), "buyer", contract.buyer().uscc());
                if (toSeller == Relation.SAME || toBuyer == Relation.SAME) {
                    return facts.no(Assessment.Reason.INTERMEDIARY_IS_PARTY);
                }
                if (toSeller.affiliated() || toBuyer.affiliated()) {
                    return facts.no(Assessment.Reason.INTERMEDIARY_AFFILIATED_WITH_PARTY);
                }
                beneficiary = broker.get();
            }
            case REGISTRATION_BODY -> {
                Optional<Party> body = facts.party("registrationPoint", contract.registrationPoint().uscc());
                if (body.isEmpty()) {
                    return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
                }
                beneficiary = body.get();
            }
            default -> throw new IllegalStateException("unknown rule " + rule);
        }
        if (minimumBasis != null && basis.compareTo(minimumBasis) < 0) {
            return facts.no(Assessment.Reason.BELOW_MINIMUM,
                    "technologyTransactionAmount " + basis.toPlainString() + " < " + minimumBasis.toPlainString());
        }
        BigDecimal amount = basis.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        boolean capped = perContractCap != null && amount.compareTo(perContractCap) > 0;
        if (capped) {
            amount = perContractCap;
        }
        if (amount.signum() == 0) {
            return facts.no(Assessment.Reason.NOTHING_TO_GRANT, "amount " + amount.toPlainString());
        }
        return new Assessment.Eligible(beneficiary, basis, rate, amount, capped, facts.toString());
    }

    /**
     * The region a refusal under this programme belongs to, which places it in a sub-market (whose admins may read
     * it): the would-be beneficiary's region in the directory as of the registration (the buyer, the intermediary or
     * the registration point, by the rule), else, when the directory did not know it then (an external buyer, no
     * intermediary at all), the registration point's. The point is known by its code even to a directory that did
     * not know it: its city digits name the city (01 南宁 450100 … 14 崇左 451400, GB/T 2260 order).
     */
    public String refusalRegion(DirectoryOnDate directory, ContractRegistered contract) {
        String wouldBe = switch (rule) {
            case BUYER_POST_SUBSIDY -> contract.buyer().uscc();
            case INTERMEDIARY -> contract.intermediary() == null ? null : contract.intermediary().uscc();
            case REGISTRATION_BODY -> contract.registrationPoint().uscc();
            default -> null;
        };
        return Optional.ofNullable(wouldBe).flatMap(directory::verified)
                .or(() -> directory.verified(contract.registrationPoint().uscc()))
                .map(Party::region)
                .orElseGet(() -> "45" + contract.registrationPoint().code().substring(0, 2) + "00");
    }

    /**
     * The facts one assessment looked up, in the order it looked: {@code buyer 9145…: ENTERPRISE 450300 parent
     * 9145…; seller …; buyer→seller DESCENDANT; as of 2026-09-22T06:45:00Z}. Kept with the outcome, so every
     * entitlement and every refusal shows what it was decided on.
     */
    private static final class Facts {

        private final DirectoryOnDate directory;
        private final List<String> used = new ArrayList<>();

        Facts(DirectoryOnDate directory) {
            this.directory = directory;
        }

        Optional<Party> party(String role, String uscc) {
            Optional<Party> party = directory.verified(uscc);
            used.add(party.map(p -> role + " " + uscc + ": " + p.kind() + " " + p.region()
                    + (p.parentUscc() == null ? "" : " parent " + p.parentUscc()))
                    .orElse(role + " " + uscc + ": not verified in the directory"));
            return party;
        }

        /** A refusal when {@code party} is foreign (no USCC, never in the directory), noting who it is. */
        Optional<Assessment.Ineligible> foreign(String role, Party party) {
            if (!party.isForeign()) {
                return Optional.empty();
            }
            used.add(role + ": foreign (" + party.country() + ") " + party.name());
            return Optional.of(no(Assessment.Reason.FOREIGN_PARTY));
        }

        Relation relation(String roleA, String a, String roleB, String b) {
            Relation relation = directory.relation(a, b);
            used.add(roleA + "→" + roleB + " " + relation);
            return relation;
        }

        Assessment.Ineligible no(Assessment.Reason reason, String fact) {
            used.add(fact);
            return no(reason);
        }

        Assessment.Ineligible no(Assessment.Reason reason) {
            return new Assessment.Ineligible(reason, toString());
        }

        @Override
        public String toString() {
            List<String> all = new ArrayList<>(used);
            all.add("as of " + directory.when());
            return String.join("; ", all);
        }
    }
}
