package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm as imported when the portal runs on another port than 8080. */
class RealmImportTest {

    private final ObjectMapper json = new ObjectMapper();

    private static String realmText() throws Exception {
        return Files.readString(RealmFileTest.REALM, StandardCharsets.UTF_8);
    }

    private static JsonNode portal(JsonNode realm) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals("techmarket-portal")) {
                return c;
            }
        }
        throw new AssertionError("no portal client");
    }

    @Test
    void theDefaultPortLeavesTheFileAsItIs() throws Exception {
        String realm = realmText();
        assertThat(RealmImport.withPortalPort(realm, 8080)).isSameAs(realm);
    }

    @Test
    void anotherPortMovesEveryPortalOriginAndNothingElse() throws Exception {
        String original = realmText();
        String moved = RealmImport.withPortalPort(original, 43117);

        JsonNode portal = portal(json.readTree(moved));
        assertThat(portal.path("rootUrl").asText()).isEqualTo("http://localhost:43117");
        assertThat(RealmFileTest.texts(portal.path("redirectUris")))
                .containsExactlyInAnyOrder("http://localhost:43117/*", "http://127.0.0.1:43117/*");
        assertThat(RealmFileTest.texts(portal.path("webOrigins")))
                .containsExactlyInAnyOrder("http://localhost:43117", "http://127.0.0.1:43117");
        assertThat(portal.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("http://localhost:43117/*##http://127.0.0.1:43117/*");
        assertThat(moved).doesNotContain("localhost:8080").doesNotContain("127.0.0.1:8080");

        // the rest of the realm is untouched: same text once the portal's origins are put back
        assertThat(moved.replace(":43117", ":8080")).isEqualTo(original);
    }

    @Test
    void aPortThatOnlyStartsWith8080IsNotTakenForTheDefault() {
        String text = "{\"a\":\"http://localhost:80801/x\",\"b\":\"http://localhost:8080/y\"}";
        assertThat(RealmImport.withPortalPort(text, 9000))
                .isEqualTo("{\"a\":\"http://localhost:80801/x\",\"b\":\"http://localhost:9000/y\"}");
        assertThat(List.of(RealmImport.withPortalPort("http://example.org:8080/", 9000)))
                .containsExactly("http://example.org:8080/");
    }
}
