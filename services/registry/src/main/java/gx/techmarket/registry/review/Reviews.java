package gx.techmarket.registry.review;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.review.DirectoryResource.DrawnPanel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The panels drawn for contracts' reviews and the experts' opinions (tables review_panel*, expert_opinion). */
@ApplicationScoped
public class Reviews {

    private final EntityManager em;

    Reviews(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewPanel> panelOf(UUID contractId) {
        return Optional.ofNullable(em.find(ReviewPanel.class, contractId));
    }

    /** Records the panel the directory drew for {@code contractId}'s review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewPanel record(UUID contractId, String field, ReviewReason reason, DrawnPanel drawn, String by,
            Instant now) {
        ReviewPanel p = new ReviewPanel();
        p.contractId = contractId;
        p.panelId = drawn.id();
        p.field = field;
        p.seed = drawn.seed();
        p.reason = reason;
        p.drawnBy = by;
        p.drawnAt = now;
        drawn.drawn().forEach(d -> p.experts.add(new PanelExpert(d)));
        em.persist(p);
        return p;
    }

    /** The number of opinions given on {@code contractId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int opinionsGiven(UUID contractId) {
        return em.createQuery("select count(o) from ExpertOpinion o where o.contractId = :c", Long.class)
                .setParameter("c", contractId).getSingleResult().intValue();
    }

    /**
     * Records {@code expertId}'s opinion on the contract of {@code panel}: only a drawn expert (403
     * {@code NOT_ON_PANEL}), once (409 {@code OPINION_ALREADY_GIVEN}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void give(ReviewPanel panel, String expertId, OpinionConclusion conclusion, String opinion, String by,
            Instant now) {
        if (!panel.drew(expertId)) {
            throw ProblemException.forbidden("NOT_ON_PANEL");
        }
        ExpertOpinion.Key key = new ExpertOpinion.Key();
        key.contractId = panel.contractId;
        key.expertId = expertId;
        if (em.find(ExpertOpinion.class, key) != null) {
            throw ProblemException.conflict("OPINION_ALREADY_GIVEN");
        }
        ExpertOpinion o = new ExpertOpinion();
        o.contractId = panel.contractId;
        o.expertId = expertId;
        o.conclusion = conclusion;
        o.opinion = opinion;
        o.givenBy = by;
        o.givenAt = now;
        em.persist(o);
    }

    /** Whether {@code expertId} has given its opinion on {@code contractId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasGiven(UUID contractId, String expertId) {
        ExpertOpinion.Key key = new ExpertOpinion.Key();
        key.contractId = contractId;
        key.expertId = expertId;
        return em.find(ExpertOpinion.class, key) != null;
    }

    /** The contracts {@code expertId} was drawn to review, most recent draw first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> contractsOf(String expertId) {
        return em.createQuery("select p.contractId from ReviewPanel p join p.experts e where e.expertId = :x "
                        + "order by p.drawnAt desc", UUID.class)
                .setParameter("x", expertId).getResultList();
    }

    /** The review of {@code contractId} as shown, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewView> view(UUID contractId) {
        return panelOf(contractId).map(p -> {
            Map<String, ExpertOpinion> given = em.createQuery(
                            "select o from ExpertOpinion o where o.contractId = :c", ExpertOpinion.class)
                    .setParameter("c", contractId).getResultStream()
                    .collect(Collectors.toMap(o -> o.expertId, Function.identity()));
            List<ReviewView.ExpertView> experts = p.experts.stream().map(e -> {
                ExpertOpinion o = given.get(e.expertId);
                return new ReviewView.ExpertView(e.expertId, e.name, e.organisationUscc, e.organisationName,
                        o == null ? null : new ReviewView.OpinionView(o.conclusion, o.opinion, o.givenAt));
            }).toList();
            return new ReviewView(p.reason, p.panelId, p.field, p.seed, p.drawnBy, p.drawnAt, experts,
                    (int) experts.stream().filter(x -> x.opinion() == null).count());
        });
    }
}
