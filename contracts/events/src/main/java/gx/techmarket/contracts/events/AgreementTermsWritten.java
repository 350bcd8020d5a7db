package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 揭榜协议条款已拟定或修改: one party of an awarded challenge wrote the terms of the 揭榜协议 (first or new ones, a new
 * revision); the other party must confirm this revision before the agreement is signed.
 *
 * @param challengeId     the challenge (the aggregate: key and subject)
 * @param agreementId     the agreement
 * @param kind            技术攻关类 or 成果转化类
 * @param title           the challenge's title
 * @param regionCode      the challenge's sub-market
 * @param revision        the terms' revision, from 1
 * @param author          the party that wrote them (the winner or the counterparty)
 * @param toConfirm       the other party, who must confirm them
 * @param totalInvestment 项目研发投入总额 of these terms, 元
 * @param provinceSupport the province's support of these terms, 元
 * @param writtenAt       when they were written
 */
@EventContract(type = "bidding.AgreementTermsWritten.v1", topic = "bidding.challenges.v1",
        aggregateType = "Challenge")
public record AgreementTermsWritten(
        UUID challengeId,
        UUID agreementId,
        ChallengeKind kind,
        String title,
        String regionCode,
        int revision,
        Party author,
        Party toConfirm,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalInvestment,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal provinceSupport,
        Instant writtenAt) implements DomainEvent {

    public AgreementTermsWritten {
        Require.present(challengeId, "challengeId");
        Require.present(agreementId, "agreementId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        if (revision < 1) {
            throw new IllegalArgumentException("revision " + revision + " is below 1");
        }
        Require.present(author, "author");
        Require.present(toConfirm, "toConfirm");
        if (author.uscc() != null && author.uscc().equals(toConfirm.uscc())) {
            throw new IllegalArgumentException("the author " + author.uscc() + " cannot confirm its own terms");
        }
        totalInvestment = Money.of(Require.present(totalInvestment, "totalInvestment"));
        provinceSupport = Money.of(Require.present(provinceSupport, "provinceSupport"));
        if (provinceSupport.compareTo(totalInvestment) > 0) {
            throw new IllegalArgumentException("provinceSupport " + provinceSupport + " exceeds totalInvestment "
                    + totalInvestment);
        }
        Require.present(writtenAt, "writtenAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
