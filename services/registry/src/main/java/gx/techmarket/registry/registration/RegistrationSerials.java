package gx.techmarket.registry.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The counter rows {@code registration_serial}: one per registration point and year. */
@ApplicationScoped
class RegistrationSerials {

    private final EntityManager em;

    RegistrationSerials(EntityManager em) {
        this.em = em;
    }

    /**
     * The next serial of {@code pointUscc} in {@code year}. The counter row stays locked by this transaction until it
     * ends: concurrent registrations at the same point queue here, and a rollback gives the serial back.
     */
    int next(String pointUscc, int year) {
        Object next = em.createNativeQuery("""
                insert into registration_serial as s (point_uscc, year, last_serial) values (:point, :year, 1)
                on conflict (point_uscc, year) do update set last_serial = s.last_serial + 1
                returning s.last_serial""")
                .setParameter("point", pointUscc)
                .setParameter("year", year)
                .getSingleResult();
        return ((Number) next).intValue();
    }
}
