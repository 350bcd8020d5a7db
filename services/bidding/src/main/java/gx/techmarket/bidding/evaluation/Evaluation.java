package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.ChangingAggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The qualification and evaluation of one challenge (its id is the challenge's): opened by the operator after the
 * deadline; {@code qualifiedAt} when every bid was decided (the results are made known); the panel the directory drew;
 * {@code rankedAt} when every expert had scored every qualified bid (the ranking is made known); the counterparty's
 * reason for not confirming the top-ranked bid.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends ChangingAggregate {

    @Column(name = "qualification_opened_at", nullable = false)
    Instant qualificationOpenedAt;

    @Column(name = "qualification_opened_by", nullable = false, length = 200)
    String qualificationOpenedBy;

    @Column(name = "qualified_at")
    Instant qualifiedAt;

    @Column(name = "panel_id", length = 64)
    String panelId;

    @Column(name = "panel_seed")
    Long panelSeed;

    @Column(name = "panel_drawn_at")
    Instant panelDrawnAt;

    @Column(name = "panel_drawn_by", length = 200)
    String panelDrawnBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_panel_expert", joinColumns = @JoinColumn(name = "evaluation_id"))
    List<PanelExpert> panel = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_avoided_expert", joinColumns = @JoinColumn(name = "evaluation_id"))
    List<AvoidedExpert> avoided = new ArrayList<>();

    @Column(name = "ranked_at")
    Instant rankedAt;

    @Column(name = "departure_reason", length = 2000)
    String departureReason;

    protected Evaluation() {
        // for Hibernate
    }

    Evaluation(UUID challengeId, String openedBy, Instant now) {
        super(challengeId, now);
        qualificationOpenedAt = now;
        qualificationOpenedBy = openedBy;
    }

    void changed(Instant now) {
        touch(now);
    }

    boolean isOnPanel(String expertId) {
        return panel.stream().anyMatch(p -> p.expertId.equals(expertId));
    }

    boolean panelDrawn() {
        return panelId != null;
    }
}
