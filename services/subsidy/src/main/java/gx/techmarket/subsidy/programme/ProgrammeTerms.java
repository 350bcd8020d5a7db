package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.security.GuangxiRegions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A programme's rule and settings for one budget year, and the rule itself: plain Java, no framework.
 *
 * <p>Money: amounts are 元 with fen precision; {@code basis × rate} is rounded HALF_UP to the fen (0.005 元 and up
 * rounds away from zero), then the per-contract cap applies. The basis of every contract programme is the
 * registered 技术交易额 ({@code technologyTransactionAmount}), also for the registration body's 1‰ of the 认定登记额.
 *
 * @param code               programme code, e.g. {@code INTERMEDIARY_SUBSIDY}
 * @param rule               how an entitlement is derived
 * @param rate               fraction of the basis, e.g. {@code 0.01}; at most {@code 0.50} for the buyer post-subsidy
 * @param perContractCap     the most one contract can give, {@code null} when unlimited
 * @param minimumBasis       the least 技术交易额 that gives anything, {@code null} when none
 * @param eligibleCategories the contract categories the programme covers
 * @param policyClause       政策条款 the entitlement rests on
 */
public record ProgrammeTerms(String code, RuleKind rule, BigDecimal rate, BigDecimal perContractCap,
        BigDecimal minimumBasis, Set<ContractCategory> eligibleCategories, String policyClause) {

    /** "最高50%" (桂政发〔2018〕51号). */
    public static final BigDecimal BUYER_RATE_LIMIT = new BigDecimal("0.50");

    public ProgrammeTerms {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(policyClause, "policyClause");
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 6) {
            throw new IllegalArgumentException("rate " + rate.toPlainString() + " is not a fraction in (0, 1] with at most 6 decimals");
        }
        if (rule == RuleKind.BUYER_POST_SUBSIDY && rate.compareTo(BUYER_RATE_LIMIT) > 0) {
            throw new IllegalArgumentException("the buyer post-subsidy is at most 50% of T, not " + rate.toPlainString());
        }
        if (perContractCap != null) {
            if (perContractCap.signum() <= 0) {
                throw new IllegalArgumentException("a per-contract cap is positive");
            }
            perContractCap = perContractCap.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (minimumBasis != null) {
            if (minimumBasis.signum() < 0) {
                throw new IllegalArgumentException("a minimum 技术交易额 is not negative");
            }
            minimumBasis = minimumBasis.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (eligibleCategories == null || eligibleCategories.isEmpty()) {
            throw new IllegalArgumentException("a programme covers at least one contract category");
        }
        eligibleCategories = Set.copyOf(EnumSet.copyOf(eligibleCategories));
        rate = normalRate(rate);
    }

    /**
     * A rate as shown and announced: trailing zeros dropped, at least two decimals ({@code 0.200000} → {@code 0.20},
     * {@code 0.001000} → {@code 0.001}).
     */
    public static BigDecimal normalRate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /** What this programme gives for {@code contract}. */
    public Assessment assess(ContractRegistered contract) {
        if (!eligibleCategories.contains(contract.contractType().category())) {
            return new Assessment.Ineligible(Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE);
        }
        BigDecimal basis = contract.technologyTransactionAmount();
        Party beneficiary;
        switch (rule) {
            case BUYER_POST_SUBSIDY -> {
                Party buyer = contract.buyer();
                if (buyer.kind() != OrgKind.ENTERPRISE) {
                    return new Assessment.Ineligible(Assessment.Reason.BUYER_NOT_ENTERPRISE);
                }
                if (!GuangxiRegions.isInGuangxi(buyer.region())) {
                    return new Assessment.Ineligible(Assessment.Reason.BUYER_OUTSIDE_GUANGXI);
                }
                if (affiliated(buyer, contract.seller())) {
                    return new Assessment.Ineligible(Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER);
                }
                beneficiary = buyer;
            }
            case INTERMEDIARY -> {
                Party broker = contract.intermediary();
                if (broker == null) {
                    return new Assessment.Ineligible(Assessment.Reason.NO_INTERMEDIARY);
                }
                if (broker.uscc().equals(contract.buyer().uscc()) || broker.uscc().equals(contract.seller().uscc())) {
                    return new Assessment.Ineligible(Assessment.Reason.INTERMEDIARY_IS_PARTY);
                }
                beneficiary = broker;
            }
            case REGISTRATION_BODY -> beneficiary = registrationBody(contract.registrationPoint());
            default -> throw new IllegalStateException("unknown rule " + rule);
        }
        if (minimumBasis != null && basis.compareTo(minimumBasis) < 0) {
            return new Assessment.Ineligible(Assessment.Reason.BELOW_MINIMUM);
        }
        BigDecimal amount = basis.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        boolean capped = perContractCap != null && amount.compareTo(perContractCap) > 0;
        if (capped) {
            amount = perContractCap;
        }
        if (amount.signum() == 0) {
            return new Assessment.Ineligible(Assessment.Reason.NOTHING_TO_GRANT);
        }
        return new Assessment.Eligible(beneficiary, basis, rate, amount, capped);
    }

    /** Same organisation, or one is the other's parent (the platform's one definition of affiliation). */
    static boolean affiliated(Party a, Party b) {
        return a.isSameParentOrSubsidiaryOf(b);
    }

    /**
     * The registration point as a beneficiary: a 技术合同登记机构 whose region is its city, read from the point's
     * code (city digits, e.g. {@code 0103} → 450100 南宁市).
     */
    static Party registrationBody(RegistrationPoint point) {
        String region = "45" + point.code().substring(0, 2) + "00";
        return new Party(point.uscc(), point.name(), OrgKind.REGISTRY, region, null);
    }
}
