package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * 受益单位年度累计: what one programme granted one beneficiary in one budget year, net of reversals (table
 * {@code beneficiary_year}). The row is the lock of the per-beneficiary yearly cap: whoever grants money to a
 * beneficiary (an entitlement, an approved claim) locks it under the budget's lock, caps the amount with what is
 * left of the cap, and adds what it granted; whoever reverses a grant subtracts it.
 */
@ApplicationScoped
public class BeneficiaryYears {

    private final EntityManager em;
    private final Clock clock;

    BeneficiaryYears(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Locks the beneficiary's row for the programme-year until the caller's transaction ends (creating it at zero)
     * and returns what was granted so far.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal lock(String programmeCode, int year, String beneficiaryUscc) {
        em.createNativeQuery("""
                insert into beneficiary_year (programme_code, budget_year, beneficiary_uscc, granted, updated_at)
                values (:code, :year, :uscc, 0, :now) on conflict do nothing""")
                .setParameter("code", programmeCode).setParameter("year", year).setParameter("uscc", beneficiaryUscc)
                .setParameter("now", Timestamp.from(MarketClock.now(clock))).executeUpdate();
        @SuppressWarnings("unchecked")
        List<BigDecimal> granted = em.createNativeQuery("""
                select granted from beneficiary_year
                 where programme_code = :code and budget_year = :year and beneficiary_uscc = :uscc for update""")
                .setParameter("code", programmeCode).setParameter("year", year).setParameter("uscc", beneficiaryUscc)
                .getResultList();
        return granted.get(0).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What was granted so far (no lock: for views). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal granted(String programmeCode, int year, String beneficiaryUscc) {
        @SuppressWarnings("unchecked")
        List<BigDecimal> granted = em.createNativeQuery("""
                select granted from beneficiary_year
                 where programme_code = :code and budget_year = :year and beneficiary_uscc = :uscc""")
                .setParameter("code", programmeCode).setParameter("year", year).setParameter("uscc", beneficiaryUscc)
                .getResultList();
        return granted.isEmpty() ? BigDecimal.ZERO.setScale(2) : granted.get(0).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * What is left of {@code cap} for the beneficiary this year ({@code null} cap: no limit, returns {@code null});
     * locks the row like {@link #lock}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal headroom(String programmeCode, int year, String beneficiaryUscc, BigDecimal cap) {
        BigDecimal granted = lock(programmeCode, year, beneficiaryUscc);
        return cap == null ? null : cap.subtract(granted).max(BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Adds {@code delta} (negative when a grant is reversed) to what the beneficiary was granted this year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String programmeCode, int year, String beneficiaryUscc, BigDecimal delta) {
        lock(programmeCode, year, beneficiaryUscc);
        em.createNativeQuery("""
                update beneficiary_year set granted = granted + :delta, updated_at = :now
                 where programme_code = :code and budget_year = :year and beneficiary_uscc = :uscc""")
                .setParameter("delta", delta).setParameter("now", Timestamp.from(MarketClock.now(clock)))
                .setParameter("code", programmeCode).setParameter("year", year).setParameter("uscc", beneficiaryUscc)
                .executeUpdate();
    }
}
