package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm file's content, checked without Keycloak (LauncherIT checks the same realm through a real Keycloak's
 * login flow and tokens).
 */
class RealmFileTest {

    static final Path REALM = Path.of(System.getProperty("techmarket.realm.file", "../keycloak/techmarket-realm.json"));
    static final List<String> ROLES = List.of("university", "enterprise", "broker", "registrar", "expert", "admin");
    static final List<String> SERVICES = List.of("catalogue", "demand", "bidding", "registry", "subsidy",
            "notification", "directory", "matching", "statistics");
    static final Set<String> KINDS = Set.of("university", "institute", "enterprise", "agency", "registry", "government");
    static final List<String> ORG_CLAIMS = List.of("org_id", "org_name", "org_kind", "org_region", "org_parent");

    static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new ObjectMapper().readTree(REALM.toFile());
    }

    static JsonNode client(String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    static JsonNode scope(String name) {
        for (JsonNode s : realm.path("clientScopes")) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no client scope " + name);
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** GB 32100-2015: 31-character alphabet, weights 3^i mod 31, check = 31 - sum mod 31. */
    static boolean validUscc(String code) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = alphabet.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return alphabet.charAt(check) == code.charAt(17);
    }

    @Test
    void theUsccCheckIsRight() {
        assertThat(validUscc("91350100M000100Y43")).isTrue(); // the standard's own example
        assertThat(validUscc("91450100MA5K3B2L5H")).isTrue();
        assertThat(validUscc("91450100MA5K3B2L5J")).isFalse();
        assertThat(validUscc("9145010OMA5K3B2L5H")).isFalse();
    }

    @Test
    void realmSettings() {
        assertThat(realm.path("realm").asText()).isEqualTo("techmarket");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isEqualTo(36000);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue(); // self-registration (onboarding, ADR 0021)
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(texts(realm.path("supportedLocales"))).containsExactlyInAnyOrder("zh-CN", "en");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("zh-CN");
        // with client scopes of its own, an imported realm gets Keycloak's built-in scopes only when asked to
        assertThat(realm.path("attributes").path("CreateDefaultClientScopes").asText()).isEqualTo("true");
    }

    @Test
    void signInBelongsToTheMarketAndAForgottenPasswordIsResetByMail() {
        assertThat(realm.path("displayName").asText()).isEqualTo("广西网上技术市场2.0");
        assertThat(realm.path("loginTheme").asText()).isEqualTo("techmarket");
        assertThat(Files.isRegularFile(REALM.resolveSibling("themes/techmarket/login/theme.properties")))
                .as("the login theme the realm names is in the repository").isTrue();
        assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.path("loginWithEmailAllowed").asBoolean()).isTrue();
        JsonNode smtp = realm.path("smtpServer");
        // resolved by Keycloak's import from its environment, which the launcher fills (defaults: the embedded server)
        assertThat(smtp.path("host").asText()).isEqualTo("${TECHMARKET_SMTP_HOST:127.0.0.1}");
        assertThat(smtp.path("port").asText()).isEqualTo("${TECHMARKET_SMTP_PORT:2525}");
        assertThat(smtp.path("from").asText()).endsWith("@techmarket.gx.cn");
        assertThat(smtp.path("fromDisplayName").asText()).isEqualTo("广西网上技术市场2.0");
        assertThat(smtp.path("auth").asText()).isEqualTo("false");
    }

    @Test
    void sixRealmRolesWithChineseDescriptions() {
        Map<String, String> roles = new HashMap<>();
        realm.path("roles").path("realm").forEach(r -> roles.put(r.path("name").asText(), r.path("description").asText()));
        assertThat(roles).containsOnlyKeys(ROLES);
        Pattern han = Pattern.compile("\\p{IsHan}");
        roles.forEach((name, description) -> assertThat(han.matcher(description).find()).as(name).isTrue());
    }

    @Test
    void everyServiceIsAConfidentialResourceServerWithADevSecret() {
        for (String service : SERVICES) {
            JsonNode c = client("techmarket-" + service);
            assertThat(c.path("publicClient").asBoolean()).as(service).isFalse();
            assertThat(c.path("secret").asText()).isEqualTo("dev-secret-" + service);
            assertThat(c.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(c.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(c.path("implicitFlowEnabled").asBoolean()).isFalse();
            assertThat(texts(c.path("defaultClientScopes"))).contains("techmarket-organisation", "basic", "roles");
        }
    }

    @Test
    void thePortalIsAPublicPkceClientWithoutPasswordGrant() {
        JsonNode portal = client("techmarket-portal");
        assertThat(portal.path("publicClient").asBoolean()).isTrue();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(portal.path("redirectUris")))
                .containsExactlyInAnyOrder("http://localhost:8080/*", "http://127.0.0.1:8080/*");
        assertThat(texts(portal.path("webOrigins"))).isNotEmpty();
        assertThat(portal.path("attributes").path("post.logout.redirect.uris").asText())
                .contains("http://localhost:8080/*");
        assertThat(texts(portal.path("defaultClientScopes")))
                .contains("techmarket-organisation", "techmarket-services", "basic", "roles", "profile");
    }

    @Test
    void theServicesScopePutsEveryServiceInTheAudience() {
        List<String> audiences = new ArrayList<>();
        for (JsonNode m : scope("techmarket-services").path("protocolMappers")) {
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-audience-mapper");
            assertThat(m.path("config").path("access.token.claim").asText()).isEqualTo("true");
            audiences.add(m.path("config").path("included.client.audience").asText());
        }
        assertThat(audiences).containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(s -> "techmarket-" + s).toList());
    }

    @Test
    void theOrganisationScopeMapsEveryAttributeIntoEveryToken() {
        Map<String, JsonNode> mappers = new HashMap<>();
        scope("techmarket-organisation").path("protocolMappers").forEach(m -> mappers.put(m.path("name").asText(), m));
        assertThat(mappers).containsOnlyKeys(ORG_CLAIMS);
        mappers.forEach((name, m) -> {
            JsonNode config = m.path("config");
            assertThat(m.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(config.path("user.attribute").asText()).isEqualTo(name);
            assertThat(config.path("claim.name").asText()).isEqualTo(name);
            for (String token : List.of("access.token.claim", "id.token.claim", "userinfo.token.claim")) {
                assertThat(config.path(token).asText()).as(name + " " + token).isEqualTo("true");
            }
        });
        assertThat(texts(realm.path("defaultDefaultClientScopes"))).contains("techmarket-organisation");
    }

    @Test
    void theUserProfileDeclaresTheOrganisationAttributesEditableByAdminsOnly() throws IOException {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider.path("providerId").asText()).isEqualTo("declarative-user-profile");
        JsonNode config = new ObjectMapper().readTree(provider.path("config").path("kc.user.profile.config").get(0).asText());
        Map<String, JsonNode> attributes = new HashMap<>();
        config.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        assertThat(attributes).containsKeys("username", "email", "firstName", "lastName");
        for (String claim : ORG_CLAIMS) {
            JsonNode a = attributes.get(claim);
            assertThat(a).as(claim).isNotNull();
            assertThat(texts(a.path("permissions").path("edit"))).as(claim).containsExactly("admin");
            assertThat(texts(a.path("permissions").path("view"))).as(claim).contains("user");
        }
        assertThat(texts(attributes.get("org_kind").path("validations").path("options").path("options")))
                .containsExactlyInAnyOrderElementsOf(KINDS);
        Pattern usccPattern = Pattern.compile(attributes.get("org_id").path("validations").path("pattern")
                .path("pattern").asText());
        assertThat(usccPattern.matcher("91450100MA5K3B2L5H").matches()).isTrue();
        assertThat(usccPattern.matcher("91450100MA5K3B2L5").matches()).isFalse();
        assertThat(usccPattern.matcher("91450100MA5K3B2LIH").matches()).isFalse();
    }

    /** The realm's users but the directory's service account (it acts for no organisation: ADR 0021). */
    static List<JsonNode> people() {
        List<JsonNode> people = new ArrayList<>();
        realm.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                people.add(u);
            }
        });
        return people;
    }

    /** Keycloak keeps a client's description in 255 characters: a longer one fails the realm's import. */
    @Test
    void everyClientDescriptionFitsKeycloaksColumn() {
        realm.path("clients").forEach(c -> assertThat(c.path("description").asText().length())
                .as(c.path("clientId").asText()).isLessThanOrEqualTo(255));
    }

    @Test
    void theDirectorysServiceAccountMayOnlyViewAndManageUsers() {
        JsonNode client = client("techmarket-directory");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        List<JsonNode> accounts = new ArrayList<>();
        realm.path("users").forEach(u -> {
            if (u.has("serviceAccountClientId")) {
                accounts.add(u);
            }
        });
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.path("serviceAccountClientId").asText()).isEqualTo("techmarket-directory");
            assertThat(texts(a.path("realmRoles"))).isEmpty();
            assertThat(a.path("clientRoles").size()).isEqualTo(1);
            assertThat(texts(a.path("clientRoles").path("realm-management")))
                    .containsExactlyInAnyOrder("view-users", "manage-users");
        });
    }

    @Test
    void newcomersSignUpThemselvesAndConsentToThePrivacyNoticeFirst() throws IOException {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        List<JsonNode> terms = new ArrayList<>();
        realm.path("requiredActions").forEach(a -> {
            if (a.path("alias").asText().equals("TERMS_AND_CONDITIONS")) {
                terms.add(a);
            }
        });
        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.path("enabled").asBoolean()).isTrue();
            assertThat(t.path("defaultAction").asBoolean()).isTrue();
        });
        // listing required actions replaces Keycloak's defaults: the ones the market uses must be listed too
        List<String> aliases = new ArrayList<>();
        realm.path("requiredActions").forEach(a -> aliases.add(a.path("alias").asText()));
        assertThat(aliases)
                .contains("UPDATE_PASSWORD", "VERIFY_EMAIL", "UPDATE_PROFILE", "CONFIGURE_TOTP", "VERIFY_PROFILE");
        for (String locale : List.of("zh_CN", "en")) {
            String messages = Files.readString(REALM.resolveSibling("themes/techmarket/login/messages/messages_"
                    + locale + ".properties"));
            assertThat(messages).as(locale).contains("termsTitle=", "termsText=");
        }
    }

    @Test
    void demoUsersHaveOneRoleAValidOrganisationAndADevPassword() {
        Set<String> usccs = new HashSet<>();
        List<String> parents = new ArrayList<>();
        Set<String> rolesSeen = new HashSet<>();
        List<JsonNode> users = people();
        assertThat(users).hasSize(28);
        List<String> outsideGuangxi = new ArrayList<>();
        for (JsonNode u : users) {
            String name = u.path("username").asText();
            assertThat(u.path("enabled").asBoolean()).as(name).isTrue();
            assertThat(u.path("emailVerified").asBoolean()).as(name).isTrue();
            // one address per user, in the demo domain: the password-reset mail of each reaches its own mailbox
            assertThat(u.path("email").asText()).as(name).isEqualTo(name + "@demo.techmarket.gx.cn");
            assertThat(u.path("firstName").asText() + u.path("lastName").asText()).as(name).matches("\\p{IsHan}{2,4}");
            JsonNode credential = u.path("credentials").get(0);
            assertThat(credential.path("value").asText()).isEqualTo("techmarket");
            assertThat(credential.path("temporary").asBoolean()).isFalse();
            List<String> roles = texts(u.path("realmRoles"));
            List<String> business = roles.stream().filter(ROLES::contains).toList();
            assertThat(business).as(name).hasSize(1);
            assertThat(name).startsWith(business.get(0).equals("university") ? "uni." : business.get(0).equals("enterprise") ? "ent." : business.get(0) + ".");
            rolesSeen.add(business.get(0));
            assertThat(roles).contains("default-roles-techmarket");
            JsonNode a = u.path("attributes");
            String uscc = a.path("org_id").get(0).asText();
            assertThat(validUscc(uscc)).as(name + " " + uscc).isTrue();
            usccs.add(uscc);
            assertThat(a.path("org_name").get(0).asText()).as(name).matches(".*\\p{IsHan}.*");
            assertThat(KINDS).contains(a.path("org_kind").get(0).asText());
            String region = a.path("org_region").get(0).asText();
            assertThat(region).as(name).matches("[1-8][0-9]{5}");
            if (!region.startsWith("45")) {
                outsideGuangxi.add(name);
            }
            if (a.has("org_parent")) {
                parents.add(a.path("org_parent").get(0).asText());
            }
        }
        assertThat(rolesSeen).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(usccs).hasSize(20);
        // the 桂糖 group: 桂林桂糖 (two logins), its sibling 南宁桂糖 and the group's own agency
        assertThat(parents).hasSize(4).containsOnly("91450100MA5K3B2L5H");
        assertThat(outsideGuangxi).containsExactly("ent.shenzhen");
        assertThat(usccs).containsAll(parents);
    }

    @Test
    void theLoginsTableComesFromTheRealm() {
        List<DemoUsers.User> users = DemoUsers.read(REALM);
        assertThat(users).hasSize(28);
        DemoUsers.User guilin = users.stream().filter(u -> u.username().equals("ent.guilinsugar")).findFirst()
                .orElseThrow();
        assertThat(guilin).isEqualTo(new DemoUsers.User("ent.guilinsugar", "陈静", "enterprise", "桂林桂糖制糖有限公司",
                "91450300MA5KC7Q12L", "enterprise", "450300", java.util.Optional.of("91450100MA5K3B2L5H")));
        DemoUsers.User baise = users.stream().filter(u -> u.username().equals("admin.baise")).findFirst().orElseThrow();
        assertThat(baise.role()).isEqualTo("admin");
        assertThat(baise.orgRegion()).isEqualTo("451000");
        assertThat(baise.orgParent()).isEmpty();
    }

    /**
     * A registrar's point is the directory's registration point whose USCC is the registrar's {@code org_id}: a
     * registrar whose organisation the directory's demo seed does not open as a point cannot register.
     */
    @Test
    void everyRegistrarIsTheRegistrationPointOfItsOwnCity() throws IOException {
        Map<String, String> points = seededRegistrationPoints();
        Map<String, String> registrars = new HashMap<>();
        for (JsonNode u : people()) {
            if (!texts(u.path("realmRoles")).contains("registrar")) {
                continue;
            }
            String name = u.path("username").asText();
            JsonNode a = u.path("attributes");
            String uscc = a.path("org_id").get(0).asText();
            assertThat(a.path("org_kind").get(0).asText()).as(name).isEqualTo("registry");
            assertThat(uscc.substring(2, 8)).as(name + "'s USCC region")
                    .isEqualTo(a.path("org_region").get(0).asText());
            assertThat(a.path("org_name").get(0).asText()).as(name).isEqualTo(points.get(uscc));
            registrars.put(name, uscc);
        }
        assertThat(registrars).containsOnlyKeys("registrar.nanning", "registrar.liuzhou", "registrar.guilin",
                "registrar.baise", "registrar.beihai", "registrar.wuzhou");
        assertThat(Set.copyOf(registrars.values())).hasSize(6);
        assertThat(points).hasSize(14).containsKeys(registrars.values().toArray(String[]::new));
    }

    /** USCC → name of the registration points of the directory's demo seed (one per city). */
    private static Map<String, String> seededRegistrationPoints() throws IOException {
        Path seed = REALM.toAbsolutePath().normalize().getParent().getParent().getParent()
                .resolve("services/directory/src/main/java/gx/techmarket/directory/seed/DemoOrganisations.java");
        Pattern row = Pattern.compile("point\\(\"([0-9A-Z]{18})\", \"([^\"]+)\", \"45[0-9]{2}00\"\\)");
        Map<String, String> points = new HashMap<>();
        Matcher m = row.matcher(Files.readString(seed, StandardCharsets.UTF_8));
        while (m.find()) {
            points.put(m.group(1), m.group(2) + "技术合同登记站");
        }
        return points;
    }
}
