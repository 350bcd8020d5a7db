package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.Qualification;
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
     * ({@code directory}), never on the parties as the event carried them. Each outcome says which facts it rests on
     * and explains itself clause by clause: the programme and its clause, the contract's type, each organisation as
     * the directory had it, the relations, the sub-market, the basis, the arithmetic and the per-contract cap.
     */
    public Assessment assess(DirectoryOnDate directory, ContractRegistered contract) {
        if (!rule.isContractBased()) {
            throw new IllegalStateException(rule + " does not assess contracts");
        }
        Facts facts = new Facts(directory);
        facts.programme(this, BudgetYear.of(contract.registeredAt()));
        boolean eligibleType = eligibleCategories.contains(contract.contractType().category());
        facts.step("category", Explanation.Source.CONTRACT, eligibleType, "type", contract.contractType().name(),
                "category", contract.contractType().category().name(), "eligible", eligibleCategories.stream()
                        .map(Enum::name).sorted().reduce((a, b) -> a + "、" + b).orElse(""));
        if (!eligibleType) {
            return facts.no(Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE,
                    "contractType " + contract.contractType() + " (" + contract.contractType().category() + ")");
        }
        BigDecimal basis = contract.technologyTransactionAmount();
        Party beneficiary;
        String beneficiaryRole;
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
                boolean enterprise = buyer.get().kind() == OrgKind.ENTERPRISE;
                facts.step("kind", Explanation.Source.DIRECTORY, enterprise, "role", "buyer", "kind",
                        buyer.get().kind().name(), "required", OrgKind.ENTERPRISE.name());
                if (!enterprise) {
                    return facts.no(Assessment.Reason.BUYER_NOT_ENTERPRISE);
                }
                boolean inGuangxi = GuangxiRegions.isInGuangxi(buyer.get().region());
                facts.step("inGuangxi", Explanation.Source.DIRECTORY, inGuangxi, "role", "buyer", "region",
                        buyer.get().region());
                if (!inGuangxi) {
                    return facts.no(Assessment.Reason.BUYER_OUTSIDE_GUANGXI);
                }
                if (facts.party("seller", contract.seller().uscc()).isEmpty()) {
                    return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
                }
                if (facts.relation("buyer", contract.buyer().uscc(), "seller", contract.seller().uscc()).affiliated()) {
                    return facts.no(Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER);
                }
                beneficiary = buyer.get();
                beneficiaryRole = "buyer";
            }
            case INTERMEDIARY -> {
                Party named = contract.intermediary();
                if (named == null) {
                    facts.step("intermediary", Explanation.Source.CONTRACT, false);
                    return facts.no(Assessment.Reason.NO_INTERMEDIARY, "no intermediary");
                }
                Optional<Assessment.Ineligible> foreign = facts.foreign("intermediary", named)
                        .or(() -> facts.foreign("seller", contract.seller()))
                        .or(() -> facts.foreign("buyer", contract.buyer()));
                if (foreign.isPresent()) {
                    return foreign.get();
                }
                if (named.uscc().equals(contract.buyer().uscc()) || named.uscc().equals(contract.seller().uscc())) {
                    facts.step("intermediaryIsParty", Explanation.Source.CONTRACT, false, "uscc", named.uscc());
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
                beneficiaryRole = "intermediary";
            }
            case REGISTRATION_BODY -> {
                Optional<Party> body = facts.party("registrationPoint", contract.registrationPoint().uscc());
                if (body.isEmpty()) {
                    return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
                }
                beneficiary = body.get();
                beneficiaryRole = "registrationPoint";
            }
            default -> throw new IllegalStateException("unknown rule " + rule);
        }
        if (!facts.covered(this, beneficiaryRole, beneficiary)) {
            return facts.no(Assessment.Reason.OUTSIDE_SUB_MARKET,
                    beneficiaryRole + " region " + beneficiary.region() + " outside sub-market " + subMarket);
        }
        facts.step("basis", Explanation.Source.CONTRACT, Explanation.Outcome.INFO, "total",
                money(contract.totalContractAmount()), "nonTechnical", money(contract.nonTechnicalAmount()), "basis",
                money(basis));
        if (minimumBasis != null) {
            boolean enough = basis.compareTo(minimumBasis) >= 0;
            facts.step("minimumBasis", Explanation.Source.PROGRAMME, enough, "basis", money(basis), "minimum",
                    money(minimumBasis));
            if (!enough) {
                return facts.no(Assessment.Reason.BELOW_MINIMUM,
                        "technologyTransactionAmount " + basis.toPlainString() + " < " + minimumBasis.toPlainString());
            }
        }
        BigDecimal exact = basis.multiply(rate);
        BigDecimal amount = exact.setScale(2, RoundingMode.HALF_UP);
        facts.step("rate", Explanation.Source.PROGRAMME, Explanation.Outcome.APPLIED, "basis", money(basis), "rate",
                rate.toPlainString(), "exact", exact.stripTrailingZeros().toPlainString(), "amount", money(amount));
        boolean capped = perContractCap != null && amount.compareTo(perContractCap) > 0;
        if (perContractCap != null) {
            facts.step("contractCap", Explanation.Source.PROGRAMME,
                    capped ? Explanation.Outcome.APPLIED : Explanation.Outcome.MET, "amount", money(amount), "cap",
                    money(perContractCap), "result", money(capped ? perContractCap : amount));
        }
        if (capped) {
            amount = perContractCap;
        }
        if (amount.signum() == 0) {
            facts.step("nothingToGrant", Explanation.Source.PROGRAMME, false, "amount", money(amount));
            return facts.no(Assessment.Reason.NOTHING_TO_GRANT, "amount " + amount.toPlainString());
        }
        return new Assessment.Eligible(beneficiary, basis, rate, amount, capped, facts.toString(), facts.explanation());
    }

    /**
     * 高企 recognition: what this programme gives {@code holderUscc} for the HIGH_TECH_ENTERPRISE qualification
     * {@code granted}, decided on the directory as of {@code directory.when()} (when the directory recorded it): an
     * enterprise in the programme's sub-market gets {@link #fixedAmount} on a first recognition, {@link #renewalAmount}
     * when it held one before ({@code earlierCertificates}, the numbers of the earlier ones; none for a first).
     */
    public Assessment assessRecognition(DirectoryOnDate directory, String holderUscc, Qualification granted,
            List<String> earlierCertificates) {
        if (rule != RuleKind.HIGH_TECH_RECOGNITION) {
            throw new IllegalStateException(rule + " does not assess qualifications");
        }
        Facts facts = new Facts(directory);
        facts.programme(this, granted.validFrom().getYear());
        facts.step("qualification", Explanation.Source.DIRECTORY, Explanation.Outcome.MET, "holder",
                directory.verified(holderUscc).map(Party::name).orElse(holderUscc), "kind", granted.kind().name(),
                "number", granted.number(), "validFrom", granted.validFrom().toString(), "validTo",
                granted.validTo() == null ? "" : granted.validTo().toString());
        Optional<Party> holder = facts.party("holder", holderUscc);
        if (holder.isEmpty()) {
            return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
        }
        boolean enterprise = holder.get().kind() == OrgKind.ENTERPRISE;
        facts.step("kind", Explanation.Source.DIRECTORY, enterprise, "role", "holder", "kind",
                holder.get().kind().name(), "required", OrgKind.ENTERPRISE.name());
        if (!enterprise) {
            return facts.no(Assessment.Reason.HOLDER_NOT_ENTERPRISE);
        }
        if (!facts.covered(this, "holder", holder.get())) {
            return facts.no(Assessment.Reason.OUTSIDE_SUB_MARKET,
                    "holder region " + holder.get().region() + " outside sub-market " + subMarket);
        }
        boolean first = earlierCertificates.isEmpty();
        BigDecimal amount = first ? fixedAmount : renewalAmount;
        if (amount == null) {
            facts.step("recognitionAmount", Explanation.Source.PROGRAMME, false, "which", "renewal");
            return facts.no(Assessment.Reason.NO_AMOUNT_FOR_RENEWAL, "renewal of " + String.join(", ",
                    earlierCertificates));
        }
        facts.used.add("qualification " + granted.kind() + " " + granted.number()
                + (first ? " first" : " renewal after " + String.join(", ", earlierCertificates)));
        facts.step(first ? "recognition.first" : "recognition.renewal", Explanation.Source.DIRECTORY,
                Explanation.Outcome.APPLIED, "amount", money(amount), "earlier", String.join("、", earlierCertificates));
        return new Assessment.Eligible(holder.get(), null, null, amount, false, facts.toString(), facts.explanation());
    }

    /**
     * 揭榜挂帅支持 (桂科政字〔2020〕81号: 自治区财政资金按项目研发投入总额给予一定比例的资金支持): an accepted milestone of a
     * signed 揭榜协议 releases exactly its part of the province's support ({@code supportAmount}, set to the fen by the
     * agreement) to the winner (揭榜方), who carries out the project. The programme covers the challenge's sub-market
     * (the winner may come from anywhere); the winner must be a verified organisation of the directory as of the
     * acceptance. The explanation names the agreement's facts: total R&D investment, share, province support,
     * milestone n of m.
     *
     * @param directory   the directory as of the acceptance
     * @param challenge   the challenge's sub-market ({@code regionCode}) and title, the agreement's figures
     * @param year        the budget year (of the acceptance, China time)
     */
    public Assessment assessMilestone(DirectoryOnDate directory, MilestoneAccepted challenge, int year) {
        if (rule != RuleKind.CHALLENGE_SUPPORT) {
            throw new IllegalStateException(rule + " does not assess challenge milestones");
        }
        Facts facts = new Facts(directory);
        facts.programme(this, year);
        facts.step("challenge", Explanation.Source.CHALLENGE, Explanation.Outcome.INFO, "title", challenge.title(),
                "kind", challenge.kind().name(), "region", challenge.regionCode(), "number",
                String.valueOf(challenge.number()), "milestones", String.valueOf(challenge.milestones()),
                "milestoneTitle", challenge.milestoneTitle());
        boolean covered = coversRegion(challenge.regionCode());
        facts.step("coverage", Explanation.Source.PROGRAMME, covered, "role", "challenge", "region",
                challenge.regionCode(), "subMarket", subMarket);
        if (!covered) {
            return facts.no(Assessment.Reason.OUTSIDE_SUB_MARKET,
                    "challenge region " + challenge.regionCode() + " outside sub-market " + subMarket);
        }
        Optional<Assessment.Ineligible> foreign = facts.foreign("winner", challenge.beneficiary());
        if (foreign.isPresent()) {
            return foreign.get();
        }
        Optional<Party> winner = facts.party("winner", challenge.beneficiary().uscc());
        if (winner.isEmpty()) {
            return facts.no(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
        }
        BigDecimal amount = challenge.supportAmount();
        facts.used.add("challenge " + challenge.challengeId() + " agreement " + challenge.agreementId()
                + " milestone " + challenge.number() + "/" + challenge.milestones() + " total "
                + money(challenge.totalInvestment()) + " share " + normalRate(challenge.supportShare())
                + " support " + money(challenge.provinceSupport()) + " released " + money(amount));
        facts.step("challengeSupport", Explanation.Source.CHALLENGE, Explanation.Outcome.APPLIED, "total",
                money(challenge.totalInvestment()), "share", challenge.supportShare().movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "%", "provinceSupport", money(challenge.provinceSupport()), "number", String.valueOf(challenge.number()),
                "milestones", String.valueOf(challenge.milestones()), "amount", money(amount));
        if (amount.signum() <= 0) {
            facts.step("nothingToGrant", Explanation.Source.CHALLENGE, Explanation.Outcome.NOT_MET, "amount",
                    money(amount));
            return facts.no(Assessment.Reason.NOTHING_TO_GRANT);
        }
        return new Assessment.Eligible(winner.get(), null, null, amount, false,
                facts.toString(), facts.explanation());
    }

    /**
     * The caps that depend on what else the beneficiary got and the least amount worth granting, applied to an
     * eligible outcome: the per-beneficiary yearly cap ({@code counted}: what the beneficiary was granted, or is due,
     * under this programme in budget year {@code year} so far; cut to what is left of the cap, refused when nothing
     * is), then the minimum amount. Without either setting the outcome is unchanged.
     */
    public Assessment settle(Assessment.Eligible eligible, int year, BigDecimal counted) {
        Explanation explanation = eligible.explanation();
        String facts = eligible.facts();
        BigDecimal amount = eligible.amount();
        boolean capped = eligible.capped();
        String uscc = eligible.beneficiary().uscc();
        if (perBeneficiaryYearCap != null) {
            BigDecimal left = perBeneficiaryYearCap.subtract(counted).max(BigDecimal.ZERO).setScale(2,
                    RoundingMode.UNNECESSARY);
            Explanation.Outcome outcome = left.signum() == 0 ? Explanation.Outcome.NOT_MET
                    : amount.compareTo(left) > 0 ? Explanation.Outcome.APPLIED : Explanation.Outcome.MET;
            BigDecimal result = amount.min(left);
            explanation = Explanations.then(explanation, new Explanation.Step("yearCap", Explanation.Source.LEDGER,
                    outcome, Explanations.facts("uscc", uscc, "year", String.valueOf(year), "granted",
                            money(counted), "cap", money(perBeneficiaryYearCap), "left", money(left), "amount",
                            money(amount), "result", money(result))));
            facts = facts + "; " + year + " granted so far " + counted.toPlainString() + " of yearly cap "
                    + perBeneficiaryYearCap.toPlainString();
            if (outcome == Explanation.Outcome.NOT_MET) {
                return refusal(Assessment.Reason.BENEFICIARY_YEAR_CAP_REACHED, facts, explanation);
            }
            if (outcome == Explanation.Outcome.APPLIED) {
                amount = result;
                capped = true;
            }
        }
        if (minimumAmount != null) {
            boolean enough = amount.compareTo(minimumAmount) >= 0;
            explanation = Explanations.then(explanation, new Explanation.Step("minimumAmount",
                    Explanation.Source.PROGRAMME, enough ? Explanation.Outcome.MET : Explanation.Outcome.NOT_MET,
                    Explanations.facts("amount", money(amount), "minimum", money(minimumAmount))));
            if (!enough) {
                return refusal(Assessment.Reason.BELOW_MINIMUM_AMOUNT,
                        facts + "; amount " + amount.toPlainString() + " < minimum " + minimumAmount.toPlainString(),
                        explanation);
            }
        }
        return new Assessment.Eligible(eligible.beneficiary(), eligible.basis(), eligible.rate(), amount, capped,
                facts, explanation);
    }

    private static Assessment.Ineligible refusal(Assessment.Reason reason, String facts, Explanation explanation) {
        return new Assessment.Ineligible(reason, facts, Explanations.refused(explanation, reason));
    }

    private static String money(BigDecimal amount) {
        return Explanations.money(amount);
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
     * 9145…; seller …; buyer→seller DESCENDANT; as of 2026-09-22T06:45:00Z}, kept with the outcome, so every
     * entitlement and every refusal shows what it was decided on; and the same clause by clause as the explanation's
     * steps, each with its source and outcome.
     */
    private static final class Facts {

        private final DirectoryOnDate directory;
        private final List<String> used = new ArrayList<>();
        private final Explanation.Builder steps = Explanation.builder();

        Facts(DirectoryOnDate directory) {
            this.directory = directory;
        }

        void programme(ProgrammeTerms terms, int year) {
            step("programme", Explanation.Source.PROGRAMME, Explanation.Outcome.INFO, "programme", terms.code(),
                    "year", String.valueOf(year), "rule", terms.rule().name(), "clause", terms.policyClause());
        }

        void step(String code, Explanation.Source source, Explanation.Outcome outcome, String... namesAndValues) {
            steps.step(code, source, outcome, Explanations.facts(namesAndValues));
        }

        /** A condition: met or not. */
        void step(String code, Explanation.Source source, boolean met, String... namesAndValues) {
            step(code, source, met ? Explanation.Outcome.MET : Explanation.Outcome.NOT_MET, namesAndValues);
        }

        Optional<Party> party(String role, String uscc) {
            Optional<Party> party = directory.verified(uscc);
            used.add(party.map(p -> role + " " + uscc + ": " + p.kind() + " " + p.region()
                    + (p.parentUscc() == null ? "" : " parent " + p.parentUscc()))
                    .orElse(role + " " + uscc + ": not verified in the directory"));
            String asOf = Explanations.china(directory.when());
            if (party.isEmpty()) {
                step("party", Explanation.Source.DIRECTORY, false, "role", role, "uscc", uscc, "asOf", asOf);
            } else {
                Party p = party.get();
                step(p.parentUscc() == null ? "party" : "partyInGroup", Explanation.Source.DIRECTORY, true, "role",
                        role, "uscc", uscc, "name", p.name(), "kind", p.kind().name(), "region", p.region(), "parent",
                        p.parentUscc(), "asOf", asOf);
            }
            return party;
        }

        /** Whether the beneficiary lies in the programme's sub-market, explained. */
        boolean covered(ProgrammeTerms terms, String role, Party beneficiary) {
            boolean covered = terms.coversRegion(beneficiary.region());
            step("coverage", Explanation.Source.PROGRAMME, covered, "role", role, "region", beneficiary.region(),
                    "subMarket", terms.subMarket());
            return covered;
        }

        /** A refusal when {@code party} is foreign (no USCC, never in the directory), noting who it is. */
        Optional<Assessment.Ineligible> foreign(String role, Party party) {
            if (!party.isForeign()) {
                return Optional.empty();
            }
            used.add(role + ": foreign (" + party.country() + ") " + party.name());
            step("foreign", Explanation.Source.CONTRACT, false, "role", role, "country", party.country(), "name",
                    party.name());
            return Optional.of(no(Assessment.Reason.FOREIGN_PARTY));
        }

        Relation relation(String roleA, String a, String roleB, String b) {
            Relation relation = directory.relation(a, b);
            used.add(roleA + "→" + roleB + " " + relation);
            step("relation", Explanation.Source.DIRECTORY, !relation.affiliated(), "roleA", roleA, "roleB", roleB,
                    "relation", relation.name());
            return relation;
        }

        Assessment.Ineligible no(Assessment.Reason reason, String fact) {
            used.add(fact);
            return no(reason);
        }

        Assessment.Ineligible no(Assessment.Reason reason) {
            return new Assessment.Ineligible(reason, toString(), Explanations.refused(explanation(), reason));
        }

        Explanation explanation() {
            return steps.build();
        }

        @Override
        public String toString() {
            List<String> all = new ArrayList<>(used);
            all.add("as of " + directory.when());
            return String.join("; ", all);
        }
    }
}
