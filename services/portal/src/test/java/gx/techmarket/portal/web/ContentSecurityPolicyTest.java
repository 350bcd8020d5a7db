package gx.techmarket.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void allowsNoScriptOnlyTheOwnStylesheetAndFormsToThePortalAndKeycloak() {
        String policy = ContentSecurityPolicy.of(URI.create("http://localhost:8180/realms/techmarket"));

        assertThat(policy).isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self' http://localhost:8180; frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        assertThat(Arrays.stream(policy.split("; ")).map(d -> d.split(" ")[0]))
                .as("each directive once").doesNotHaveDuplicates();
    }

    @Test
    void namesKeycloakByItsOriginOnly() {
        assertThat(ContentSecurityPolicy.of(URI.create("https://sso.example.gov.cn/realms/techmarket?x=1#y")))
                .contains("form-action 'self' https://sso.example.gov.cn;");
        assertThat(ContentSecurityPolicy.origin(URI.create("HTTPS://sso.example.gov.cn:8443/realms/techmarket")))
                .isEqualTo("https://sso.example.gov.cn:8443");
    }

    @Test
    void refusesASignInServerThatIsNoAbsoluteHttpUrl() {
        assertThatThrownBy(() -> ContentSecurityPolicy.of(URI.create("/realms/techmarket")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentSecurityPolicy.of(URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
