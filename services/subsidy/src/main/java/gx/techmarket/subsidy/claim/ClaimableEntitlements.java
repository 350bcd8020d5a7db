package gx.techmarket.subsidy.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The entitlements claims are made on, read from the {@code entitlement} table as the claim package needs them (the
 * entitlement package keeps its aggregate to itself): the ceiling, the contract or qualification it is for, its
 * beneficiary as the directory knew it when it was assessed. {@link #lock} serialises the claims on one entitlement.
 */
@ApplicationScoped
class ClaimableEntitlements {

    /** What a claim needs to know of its entitlement. */
    record Target(UUID id, String programmeCode, int budgetYear, String status, String subjectType,
            String registrationNumber, String subjectReference, BigDecimal basisAmount, BigDecimal rate,
            BigDecimal amount, String beneficiaryUscc, String beneficiaryName, String beneficiaryRegion) {

        boolean claimable() {
            return "CLAIMABLE".equals(status);
        }

        boolean forContract() {
            return "CONTRACT".equals(subjectType);
        }
    }

    private static final String COLUMNS = """
            select id, programme_code, budget_year, status, subject_type, registration_number, subject_reference,
                   basis_amount, rate, amount, beneficiary_uscc, beneficiary_name, beneficiary_region
              from entitlement where id = :id""";

    private final EntityManager em;

    ClaimableEntitlements(EntityManager em) {
        this.em = em;
    }

    Optional<Target> find(UUID id) {
        return read(COLUMNS, id);
    }

    /** The entitlement, its row locked until the transaction ends (claims on it queue). */
    Optional<Target> lock(UUID id) {
        return read(COLUMNS + " for update", id);
    }

    private Optional<Target> read(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new Target((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                (BigDecimal) r[9], (String) r[10], (String) r[11], (String) r[12]));
    }
}
