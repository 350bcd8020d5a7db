package gx.techmarket.directory.onboarding;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak for the module's tests (Keycloak itself cannot run here; deploy/e2e OnboardingIT uses the real one): the
 * accounts a test registers, and every call Keycloak would have received, in order. It can be "down".
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingKeycloakUsers implements KeycloakUsers {

    private final Map<String, User> byEmail = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private volatile boolean down;

    /** Registers an account, as if the user had signed up. */
    public void register(User user) {
        byEmail.put(user.email(), user);
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** The calls about one user: "join <org> <name> <role>" or "leave <role>". */
    public synchronized List<String> callsFor(String userId) {
        return calls.stream().filter(c -> c.startsWith(userId + " ")).map(c -> c.substring(userId.length() + 1))
                .toList();
    }

    @Override
    public Optional<User> byEmail(String email) {
        failIfDown();
        return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public synchronized void join(String userId, String orgId, String orgName, String realmRole) {
        failIfDown();
        calls.add(userId + " join " + orgId + " " + orgName + " " + realmRole);
    }

    @Override
    public synchronized void leave(String userId, String realmRole) {
        failIfDown();
        calls.add(userId + " leave " + realmRole);
    }

    private void failIfDown() {
        if (down) {
            throw new Unavailable("Connection refused (test)", null);
        }
    }
}
