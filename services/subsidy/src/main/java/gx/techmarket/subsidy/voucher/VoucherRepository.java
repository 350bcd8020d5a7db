package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VoucherRepository implements PanacheRepositoryBase<Voucher, UUID> {

    private static final Sort NEWEST = Sort.descending("issuedAt").and("id");

    Page<Voucher> heldBy(String uscc, Paging paging) {
        return page(find("holderUscc = ?1", NEWEST, uscc), paging);
    }

    /** The vouchers that chose {@code providerUscc} and wait for its redemption, oldest first. */
    Page<Voucher> queueOf(String providerUscc, Paging paging) {
        return page(find("providerUscc = ?1 and status = ?2", Sort.ascending("issuedAt").and("id"), providerUscc,
                VoucherStatus.ISSUED), paging);
    }

    /** The vouchers of a round, newest first. */
    Page<Voucher> ofRound(UUID roundId, Paging paging) {
        return page(find("roundId = ?1", NEWEST, roundId), paging);
    }

    boolean holds(UUID roundId, String uscc) {
        return count("roundId = ?1 and holderUscc = ?2", roundId, uscc) > 0;
    }

    /** The voucher, row-locked until the transaction ends (redemption, expiry and the provider's choice queue). */
    Optional<Voucher> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether a redeemed voucher already used the contract. */
    boolean contractUsed(String registrationNumber) {
        return count("registrationNumber = ?1 and status = ?2", registrationNumber, VoucherStatus.REDEEMED) > 0;
    }

    /** The ids of vouchers still issued whose round's last day is before {@code day}, oldest first. */
    List<UUID> expiredOn(LocalDate day) {
        return getEntityManager().createQuery("""
                select v.id from Voucher v, VoucherRound r
                 where r.id = v.roundId and v.status = :issued and r.expiresOn < :day
                 order by r.programmeCode, r.budgetYear, v.issuedAt, v.id""", UUID.class)
                .setParameter("issued", VoucherStatus.ISSUED).setParameter("day", day).getResultList();
    }

    private static Page<Voucher> page(PanacheQuery<Voucher> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
