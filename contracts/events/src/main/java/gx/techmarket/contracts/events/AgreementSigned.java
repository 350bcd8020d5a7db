package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 揭榜协议已签订: the winner and the counterparty of an awarded challenge both confirmed the same terms. The registry
 * drafts the technical contract from it (seller, buyer, contract type, the total R&D investment as the contract
 * amount).
 *
 * @param challengeId     the challenge (the aggregate: key and subject)
 * @param kind            技术攻关类 or 成果转化类
 * @param agreementId     the agreement
 * @param bidId           the selected bid
 * @param title           the challenge's title (the contract's name)
 * @param seller          卖方 (技术供方): the winner of a 技术攻关类 challenge, the 成果持有方 of a 成果转化类 one
 * @param buyer           买方 (技术需方): the demander of a 技术攻关类 challenge, the winner of a 成果转化类 one
 * @param contractType    技术开发 (委托) for 技术攻关类; a transfer, licence or development type for 成果转化类
 * @param totalInvestment 项目研发投入总额 in 元 = enterpriseShare + bidderShare
 * @param enterpriseShare what the counterparty (需求方 / 成果持有方) puts in, 元
 * @param bidderShare     what the winner (揭榜方) puts in, 元
 * @param supportShare    the province's support as a share of the total (a rate, at most 0.50)
 * @param provinceSupport 自治区财政支持 in 元 = the sum of the milestones' support amounts
 * @param milestones      the milestones in order, numbered from 1
 * @param signedAt        when the second confirmation was given
 */
@EventContract(type = "bidding.AgreementSigned.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementSigned(
        UUID challengeId,
        ChallengeKind kind,
        UUID agreementId,
        UUID bidId,
        String title,
        Party seller,
        Party buyer,
        ContractType contractType,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal enterpriseShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bidderShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal provinceSupport,
        List<Milestone> milestones,
        Instant signedAt) implements DomainEvent {

    /** The policy limit of the province's support share. */
    static final BigDecimal MAX_SUPPORT_SHARE = new BigDecimal("0.50");
    static final int MAX_MILESTONES = 12;

    /**
     * One milestone of the agreement.
     *
     * @param number        1, 2, ... in the order they are due
     * @param title         what the milestone is
     * @param deliverables  what is handed over at it
     * @param dueDate       when it is due (China time)
     * @param supportAmount the part of the province's support released when it is accepted, 元
     */
    public record Milestone(
            int number,
            String title,
            String deliverables,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportAmount) {

        public Milestone {
            if (number < 1) {
                throw new IllegalArgumentException("milestone number " + number + " is below 1");
            }
            title = Require.text(title, Require.NAME_MAX, "title");
            deliverables = Require.text(deliverables, Require.TEXT_MAX, "deliverables");
            Require.present(dueDate, "dueDate");
            supportAmount = Money.of(Require.present(supportAmount, "supportAmount"));
        }
    }

    public AgreementSigned {
        Require.present(challengeId, "challengeId");
        Require.present(kind, "kind");
        Require.present(agreementId, "agreementId");
        Require.present(bidId, "bidId");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        if (seller.uscc().equals(buyer.uscc())) {
            throw new IllegalArgumentException("the seller " + seller.uscc() + " cannot be the buyer");
        }
        Require.present(contractType, "contractType");
        if (kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH && contractType != ContractType.DEVELOPMENT_COMMISSIONED) {
            throw new IllegalArgumentException("a TECHNOLOGY_BREAKTHROUGH agreement is DEVELOPMENT_COMMISSIONED, not "
                    + contractType);
        }
        if (contractType.category() == ContractCategory.CONSULTING
                || contractType.category() == ContractCategory.SERVICE) {
            throw new IllegalArgumentException("a challenge's agreement is not a " + contractType + " contract");
        }
        totalInvestment = Money.of(Require.present(totalInvestment, "totalInvestment"));
        enterpriseShare = Money.of(Require.present(enterpriseShare, "enterpriseShare"));
        bidderShare = Money.of(Require.present(bidderShare, "bidderShare"));
        if (enterpriseShare.add(bidderShare).compareTo(totalInvestment) != 0) {
            throw new IllegalArgumentException("enterpriseShare " + enterpriseShare + " + bidderShare " + bidderShare
                    + " is not totalInvestment " + totalInvestment);
        }
        supportShare = Money.rate(Require.present(supportShare, "supportShare"));
        if (supportShare.compareTo(MAX_SUPPORT_SHARE) > 0) {
            throw new IllegalArgumentException("supportShare " + supportShare + " exceeds " + MAX_SUPPORT_SHARE);
        }
        provinceSupport = Money.of(Require.present(provinceSupport, "provinceSupport"));
        milestones = List.copyOf(Require.present(milestones, "milestones"));
        if (milestones.isEmpty() || milestones.size() > MAX_MILESTONES) {
            throw new IllegalArgumentException("an agreement has 1 to " + MAX_MILESTONES + " milestones, not "
                    + milestones.size());
        }
        BigDecimal sum = BigDecimal.ZERO.setScale(Money.SCALE);
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            if (m.number() != i + 1) {
                throw new IllegalArgumentException("milestone " + (i + 1) + " is numbered " + m.number());
            }
            sum = sum.add(m.supportAmount());
        }
        if (sum.compareTo(provinceSupport) != 0) {
            throw new IllegalArgumentException("the milestones' support amounts add up to " + sum
                    + ", not provinceSupport " + provinceSupport);
        }
        Require.present(signedAt, "signedAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
