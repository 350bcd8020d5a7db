package gx.techmarket.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus checks a token's {@code aud} only when {@code quarkus.oidc.token.audience} is set; a service that forgot
 * it would accept tokens minted for any other client of the realm. Refuse to start instead.
 */
@ApplicationScoped
class AudienceRequired {

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean oidcEnabled;

    @ConfigProperty(name = "quarkus.oidc.token.audience")
    Optional<List<String>> audience;

    void check(@Observes StartupEvent start) {
        verify(oidcEnabled, audience);
    }

    static void verify(boolean oidcEnabled, Optional<List<String>> audience) {
        if (oidcEnabled && audience.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.oidc.token.audience must name this service's client id "
                    + "(e.g. techmarket-catalogue): without it tokens issued for other clients would be accepted");
        }
    }
}
