package gx.techmarket.bidding.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.bidding.demand.DemandEvents;
import gx.techmarket.bidding.demand.KnownDemand;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.domain.Relation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The challenge and its bids as plain objects: publication, bidding, closing and the award, without Quarkus. */
class AwardingAChallengeTest {

    final Instant t0 = Instant.parse("2026-09-01T02:00:00Z");
    final Instant deadline = t0.plus(Duration.ofDays(30));

    Challenge published(Party demander) {
        KnownDemand demand = KnownDemand.of(DemandEvents.demand(demander, "赤泥脱碱"), t0);
        Challenge c = Challenge.technologyBreakthrough(UUID.randomUUID(), demand, "赤泥脱碱技术攻关", deadline, "admin",
                t0);
        c.publish(t0.plusSeconds(60));
        return c;
    }

    /** A bid of {@code bidder}, related to the demander as the fixture organisations' group tree says. */
    Bid bid(Challenge c, Party bidder, Instant at) {
        Relation toDemander = Relation.between(bidder.uscc(), c.demander.uscc(), uscc -> Orgs.all().stream()
                .filter(o -> o.uscc().equals(uscc)).findFirst().map(Party::parentUscc));
        return Bid.submit(UUID.randomUUID(), c, bidder, toDemander, "user", new BigDecimal("1000000.00"), "方案", 12,
                at);
    }

    @Test
    void shouldSelectOneScoredBidAndNotTheOthersAfterQualificationAndEvaluation() {
        Challenge c = published(Orgs.BAISE_ALUMINIUM);
        Bid gxu = bid(c, Orgs.GXU, t0.plus(Duration.ofDays(1)));
        Bid zju = bid(c, Orgs.ZJU, t0.plus(Duration.ofDays(2)));
        Instant after = deadline.plusSeconds(1);
        assertThat(c.statusAt(after)).isEqualTo(ChallengeStatus.CLOSED);
        c.advance("qualify", after);
        assertThat(c.closedAt).isEqualTo(deadline);
        gxu.advance("qualify", after);
        zju.advance("qualify", after);
        c.advance("evaluate", after);
        gxu.advance("score", after);
        zju.advance("score", after);
        c.awardTo(zju, after);
        zju.advance("select", after);
        gxu.advance("not-select", after);
        assertThat(c.status).isEqualTo(ChallengeStatus.AWARDED);
        assertThat(c.awardedBidId).isEqualTo(zju.id());
        assertThat(zju.status).isEqualTo(BidStatus.SELECTED);
        assertThat(gxu.status).isEqualTo(BidStatus.NOT_SELECTED);
    }

    @Test
    void shouldRefuseTheAwardWithoutTheEvaluationAndChangeNothing() {
        Challenge c = published(Orgs.BAISE_ALUMINIUM);
        Bid gxu = bid(c, Orgs.GXU, t0.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> c.awardTo(gxu, deadline.minusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(c.status).isEqualTo(ChallengeStatus.PUBLISHED);
        assertThatThrownBy(() -> c.awardTo(gxu, deadline.plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(c.awardedBidId).isNull();
        assertThatThrownBy(() -> gxu.advance("select", deadline.plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(gxu.status).isEqualTo(BidStatus.SUBMITTED);
    }

    @Test
    void shouldRefuseBidsAfterTheDeadlineAndFromTheDemandersGroup() {
        Challenge c = published(Orgs.GUILIN_SUGAR);
        assertThatThrownBy(() -> bid(c, Orgs.GXU, deadline))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("BID_AFTER_DEADLINE"));
        assertThatThrownBy(() -> bid(c, Orgs.GX_SUGAR_GROUP, t0.plusSeconds(120)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("BIDDER_CONFLICT_OF_INTEREST"));
    }

    @Test
    void shouldRefuseBidsOnADraft() {
        KnownDemand demand = KnownDemand.of(DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "赤泥脱碱"), t0);
        Challenge draft = Challenge.technologyBreakthrough(UUID.randomUUID(), demand, "草稿", deadline, "admin", t0);
        assertThatThrownBy(() -> bid(draft, Orgs.GXU, t0.plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CHALLENGE_NOT_OPEN"));
        assertThat(draft.statusAt(deadline.plusSeconds(1))).isEqualTo(ChallengeStatus.DRAFT);
    }
}
