package gx.techmarket.directory.seed;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.directory.organisation.OrganisationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the directory holds from its first start: the province's operator (科技厅), whose admins verify everybody
 * else, and with {@code techmarket.directory.seed=demo} the demo organisations of the realm ({@link DemoOrganisations}).
 * Each is entered verified and published like any verification, in one transaction; one already held is left as
 * it is, so a restart adds nothing and an instance starting beside another waits for it on a lock.
 */
@ApplicationScoped
public class Seed {

    private static final Logger LOG = Logger.getLogger(Seed.class);
    /** Any constant: the advisory lock that keeps two instances from seeding at once. */
    private static final long LOCK = 0x6469726563746f72L; // "director"

    private final OrganisationService organisations;
    private final EntityManager em;
    private final String operatorUscc;
    private final String operatorName;
    private final String operatorNameEn;
    private final String seed;

    Seed(OrganisationService organisations, EntityManager em,
            @ConfigProperty(name = "techmarket.directory.operator.uscc") String operatorUscc,
            @ConfigProperty(name = "techmarket.directory.operator.name") String operatorName,
            @ConfigProperty(name = "techmarket.directory.operator.name-en") String operatorNameEn,
            @ConfigProperty(name = "techmarket.directory.seed") String seed) {
        this.organisations = organisations;
        this.em = em;
        this.operatorUscc = operatorUscc;
        this.operatorName = operatorName;
        this.operatorNameEn = operatorNameEn;
        this.seed = seed;
        if (!seed.equals("none") && !seed.equals("demo")) {
            throw new IllegalArgumentException("techmarket.directory.seed is none or demo, not " + seed);
        }
    }

    void onStart(@Observes StartupEvent start) {
        int entered = enter(seed.equals("demo"));
        if (entered > 0) {
            LOG.infof("Entered %d organisation(s) into the directory (seed %s)", entered, seed);
        }
    }

    /** Enters what is missing, the demo organisations too if {@code demo}; how many organisations. */
    @Transactional
    int enter(boolean demo) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        int entered = 0;
        if (!organisations.exists(operatorUscc)) {
            organisations.enterVerified(operatorUscc, operatorName, operatorNameEn, OrgKind.GOVERNMENT, "450000", null,
                    List.of(), false);
            entered++;
        }
        if (demo) {
            for (DemoOrganisations.Demo d : DemoOrganisations.ALL) {
                if (!organisations.exists(d.uscc())) {
                    organisations.enterVerified(d.uscc(), d.name(), d.nameEn(), d.kind(), d.region(), d.parentUscc(),
                            d.qualifications(), true);
                    entered++;
                }
            }
        }
        return entered;
    }
}
