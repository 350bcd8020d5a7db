package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 揭榜项目里程碑已验收: the operator of the challenge's sub-market accepted (验收) a milestone of a signed 揭榜协议,
 * which releases its part of the province's support to the beneficiary (the subsidy service's 揭榜 support programme
 * of that sub-market and year grants it).
 *
 * @param challengeId     the challenge (the aggregate: key and subject)
 * @param kind            技术攻关类 or 成果转化类
 * @param agreementId     the signed agreement
 * @param title           the challenge's title
 * @param regionCode      the challenge's sub-market (its operator accepted the milestone)
 * @param number          the milestone accepted, 1..milestones
 * @param milestones      how many milestones the agreement has (the last one completes the project)
 * @param milestoneTitle  what the milestone is
 * @param supportAmount   the part of the province's support it releases, 元
 * @param totalInvestment the agreement's total R&D investment, 元
 * @param supportShare    the province's support share of the total (a rate, at most 0.50)
 * @param provinceSupport the agreement's whole province support, 元
 * @param beneficiary     who receives the support: the winner (揭榜方, the lead of a consortium), who carries out
 *                        the project
 * @param acceptedAt      when it was accepted
 * @param counterparty    需求方 (技术攻关类) or 成果持有方 (成果转化类), the other party of the agreement; absent in events
 *                        from before it was added
 */
@EventContract(type = "bidding.MilestoneAccepted.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneAccepted(
        UUID challengeId,
        ChallengeKind kind,
        UUID agreementId,
        String title,
        String regionCode,
        int number,
        int milestones,
        String milestoneTitle,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal provinceSupport,
        Party beneficiary,
        Instant acceptedAt,
        Party counterparty) implements DomainEvent {

    public MilestoneAccepted {
        Require.present(challengeId, "challengeId");
        Require.present(kind, "kind");
        Require.present(agreementId, "agreementId");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        if (milestones < 1 || milestones > AgreementSigned.MAX_MILESTONES) {
            throw new IllegalArgumentException("milestones " + milestones + " is not between 1 and "
                    + AgreementSigned.MAX_MILESTONES);
        }
        if (number < 1 || number > milestones) {
            throw new IllegalArgumentException("milestone " + number + " is not between 1 and " + milestones);
        }
        milestoneTitle = Require.text(milestoneTitle, Require.NAME_MAX, "milestoneTitle");
        supportAmount = Money.of(Require.present(supportAmount, "supportAmount"));
        totalInvestment = Money.of(Require.present(totalInvestment, "totalInvestment"));
        supportShare = Money.rate(Require.present(supportShare, "supportShare"));
        if (supportShare.compareTo(AgreementSigned.MAX_SUPPORT_SHARE) > 0) {
            throw new IllegalArgumentException("supportShare " + supportShare + " exceeds "
                    + AgreementSigned.MAX_SUPPORT_SHARE);
        }
        provinceSupport = Money.of(Require.present(provinceSupport, "provinceSupport"));
        if (supportAmount.compareTo(provinceSupport) > 0) {
            throw new IllegalArgumentException("supportAmount " + supportAmount + " exceeds provinceSupport "
                    + provinceSupport);
        }
        Require.present(beneficiary, "beneficiary");
        Require.present(acceptedAt, "acceptedAt");
    }

    /** Without the counterparty (a producer that does not name it). */
    public MilestoneAccepted(UUID challengeId, ChallengeKind kind, UUID agreementId, String title, String regionCode,
            int number, int milestones, String milestoneTitle, BigDecimal supportAmount, BigDecimal totalInvestment,
            BigDecimal supportShare, BigDecimal provinceSupport, Party beneficiary, Instant acceptedAt) {
        this(challengeId, kind, agreementId, title, regionCode, number, milestones, milestoneTitle, supportAmount,
                totalInvestment, supportShare, provinceSupport, beneficiary, acceptedAt, null);
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
