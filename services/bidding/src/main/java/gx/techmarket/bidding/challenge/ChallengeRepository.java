package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.ChallengedDemands;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID>, ChallengedDemands {

    /** Whether the demand already has a challenge that was not cancelled (what a demand's actions say, too). */
    boolean demandIsChallenged(UUID demandId) {
        return !challenged(List.of(demandId)).isEmpty();
    }

    @Override
    public Set<UUID> challenged(List<UUID> demandIds) {
        return new HashSet<>(getEntityManager()
                .createQuery("select c.demandId from Challenge c where c.demandId in ?1 and c.status <> ?2", UUID.class)
                .setParameter(1, demandIds).setParameter(2, ChallengeStatus.CANCELLED).getResultList());
    }

    /** 榜单: published challenges (of one region, or all), newest first. */
    List<Challenge> listed(String region, int page, int size) {
        if (region == null) {
            return find("publishedAt is not null order by publishedAt desc, id").page(page, size).list();
        }
        return find("publishedAt is not null and regionCode = ?1 order by publishedAt desc, id", region)
                .page(page, size).list();
    }

    /** Published challenges on the demands of one organisation, newest first. */
    List<Challenge> demandedBy(String demanderUscc, int page, int size) {
        return find("publishedAt is not null and demander.uscc = ?1 order by publishedAt desc, id", demanderUscc)
                .page(page, size).list();
    }

    /** Drafts in the given regions (all when {@code null}), oldest first. */
    List<Challenge> drafts(List<String> regions) {
        if (regions == null) {
            return list("status = ?1 order by createdAt, id", ChallengeStatus.DRAFT);
        }
        return list("status = ?1 and regionCode in ?2 order by createdAt, id", ChallengeStatus.DRAFT, regions);
    }
}
