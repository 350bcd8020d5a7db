package gx.techmarket.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The demo users of the realm file, for the logins table the launcher prints when the market is ready. */
public final class DemoUsers {

    /** The password of every demo user. Development only. */
    public static final String PASSWORD = "techmarket";

    /** One demo login. */
    public record User(String username, String name, String role, String orgName, String orgId, String orgKind,
            String orgRegion, Optional<String> orgParent) {}

    private DemoUsers() {}

    public static List<User> read(Path realmFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new LauncherException(LauncherException.CONFIGURATION,
                    "cannot read the realm file " + realmFile + ": " + e.getMessage(), e);
        }
        List<User> users = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            if (u.has("serviceAccountClientId")) {
                continue; // the directory's service account is nobody's login
            }
            String role = "";
            for (JsonNode r : u.path("realmRoles")) {
                if (!r.asText().startsWith("default-roles-")) {
                    role = r.asText();
                }
            }
            JsonNode a = u.path("attributes");
            users.add(new User(u.path("username").asText(),
                    u.path("lastName").asText() + u.path("firstName").asText(), role, first(a, "org_name"),
                    first(a, "org_id"), first(a, "org_kind"), first(a, "org_region"),
                    Optional.of(first(a, "org_parent")).filter(s -> !s.isEmpty())));
        }
        return users;
    }

    private static String first(JsonNode attributes, String name) {
        JsonNode values = attributes.path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : "";
    }
}
