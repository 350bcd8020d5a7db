package gx.techmarket.registry.ruleset;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Reads the rule sets when the service starts, so broken data (or a bad layout override) stops the start. */
@ApplicationScoped
class RuleSetsAtStart {

    private static final Logger LOG = Logger.getLogger(RuleSetsAtStart.class);

    void onStart(@Observes StartupEvent start) {
        RuleSets.all().forEach(r -> LOG.infof("Rule set %s governs contracts signed %s to %s, numbers %s",
                r.version(), r.effectiveFrom(), r.effectiveTo() == null ? "now" : r.effectiveTo(), r.numberLayout()));
    }
}
