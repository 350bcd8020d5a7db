package gx.techmarket.portal.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every portal test against the running portal shares: the service stubs and the fake Keycloak (filled by
 * {@link PortalTestResources}), the portal's address, and stubs that forget the previous test's answers and calls.
 * A subclass adds {@code @QuarkusTest} and its {@code @WithTestResource(PortalTestResources.class ...)}.
 */
public abstract class PortalTest {

    @InjectStubs
    protected ServiceStubs stubs;

    @InjectStubs
    protected FakeKeycloak keycloak;

    @TestHTTPResource("/")
    protected URI portal;

    @BeforeEach
    void forgetTheLastTest() {
        stubs.reset();
    }
}
