package gx.techmarket.bidding.agreement;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The terms of a 揭榜协议 after the rules (plain Java, no database): the funding adds up, the province's support is
 * its share of the total R&D investment, the milestones release exactly that support, and the contract type fits the
 * challenge's kind.
 *
 * <p><b>The province's support</b> (seed 004: 自治区财政资金按项目研发投入总额给予一定比例的资金支持) is
 * {@code supportShare × totalInvestment}, rounded <em>down</em> to the 分 so that it never exceeds the share. It is on
 * top of the total: the counterparty's share ({@code enterpriseShare}, 需求方 or 成果持有方) and the winner's
 * ({@code bidderShare}) make the total R&D investment.
 *
 * @param contractType    the type the registry drafts the contract as
 * @param provinceSupport the support the milestones release, 元
 * @param milestones      numbered 1..n in the order given
 */
public record AgreementTerms(
        ContractType contractType,
        BigDecimal totalInvestment,
        BigDecimal enterpriseShare,
        BigDecimal bidderShare,
        BigDecimal supportShare,
        BigDecimal provinceSupport,
        List<Milestone> milestones) {

    /** 技术攻关类: the winner develops what the demander commissioned, 技术开发（委托）. */
    static final ContractType BREAKTHROUGH_CONTRACT_TYPE = ContractType.DEVELOPMENT_COMMISSIONED;

    /** 成果转化类: the result is transferred, licensed or developed further, as the parties agree. */
    static final Set<ContractCategory> TRANSFORMATION_CATEGORIES =
            Set.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT);

    /**
     * The terms of {@code request} for a challenge of {@code kind} whose call promises {@code supportShare}, written
     * on {@code today} (China time); 400 problems for what does not add up.
     */
    static AgreementTerms of(ChallengeKind kind, BigDecimal supportShare, AgreementRequest request, LocalDate today) {
        ContractType type = contractType(kind, request.contractType());
        BigDecimal total = fen(request.totalInvestment());
        BigDecimal enterprise = fen(request.enterpriseShare());
        BigDecimal bidder = fen(request.bidderShare());
        if (enterprise.add(bidder).compareTo(total) != 0) {
            throw ProblemException.badRequest("SHARES_NOT_TOTAL", plain(enterprise), plain(bidder), plain(total))
                    .withField("bidderShare", "SHARES_NOT_TOTAL");
        }
        BigDecimal support = provinceSupport(total, supportShare);
        List<AgreementRequest.MilestoneTerms> asked = request.milestones();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        LocalDate previous = today;
        for (int i = 0; i < asked.size(); i++) {
            AgreementRequest.MilestoneTerms m = asked.get(i);
            if (!m.dueDate().isAfter(today)) {
                throw ProblemException.badRequest("MILESTONE_DUE_DATE_PASSED", i + 1, m.dueDate().toString())
                        .withField("milestones[" + i + "].dueDate", "MILESTONE_DUE_DATE_PASSED");
            }
            if (m.dueDate().isBefore(previous)) {
                throw ProblemException.badRequest("MILESTONE_DUE_DATES_OUT_OF_ORDER", i + 1, m.dueDate().toString(),
                        previous.toString()).withField("milestones[" + i + "].dueDate", "MILESTONE_DUE_DATES_OUT_OF_ORDER");
            }
            previous = m.dueDate();
            sum = sum.add(fen(m.supportAmount()));
        }
        int compared = sum.compareTo(support);
        if (compared > 0) {
            throw ProblemException.badRequest("MILESTONE_AMOUNTS_EXCEED_SUPPORT", plain(sum), plain(support))
                    .withField("milestones", "MILESTONE_AMOUNTS_EXCEED_SUPPORT");
        }
        if (compared < 0) {
            throw ProblemException.badRequest("MILESTONE_AMOUNTS_BELOW_SUPPORT", plain(sum), plain(support))
                    .withField("milestones", "MILESTONE_AMOUNTS_BELOW_SUPPORT");
        }
        List<Milestone> milestones = new java.util.ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            AgreementRequest.MilestoneTerms m = asked.get(i);
            milestones.add(new Milestone(i + 1, m.title().strip(), m.deliverables().strip(), m.dueDate(),
                    fen(m.supportAmount())));
        }
        return new AgreementTerms(type, total, enterprise, bidder, supportShare, support, List.copyOf(milestones));
    }

    /** {@code share × total}, rounded down to the 分. */
    static BigDecimal provinceSupport(BigDecimal total, BigDecimal share) {
        return total.multiply(share).setScale(2, RoundingMode.DOWN);
    }

    /** The contract types a party may choose for a challenge of {@code kind}, in the glossary's order. */
    static List<ContractType> contractTypes(ChallengeKind kind) {
        return kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH ? List.of(BREAKTHROUGH_CONTRACT_TYPE)
                : Arrays.stream(ContractType.values())
                        .filter(t -> TRANSFORMATION_CATEGORIES.contains(t.category())).toList();
    }

    private static ContractType contractType(ChallengeKind kind, ContractType asked) {
        if (asked == null) {
            if (kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH) {
                return BREAKTHROUGH_CONTRACT_TYPE;
            }
            throw ProblemException.badRequest("CONTRACT_TYPE_REQUIRED")
                    .withField("contractType", "CONTRACT_TYPE_REQUIRED");
        }
        if (!contractTypes(kind).contains(asked)) {
            throw ProblemException.badRequest("CONTRACT_TYPE_NOT_ALLOWED", asked.name())
                    .withField("contractType", "CONTRACT_TYPE_NOT_ALLOWED");
        }
        return asked;
    }

    /** 元 with 分 (validation already refused finer amounts). */
    private static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
