package gx.techmarket.directory;

import gx.techmarket.platform.listing.testing.AnonymousAccess;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Without a token only the public list of registration points answers; everything else is 401. */
@QuarkusTest
class AnonymousAccessTest extends DirectoryServiceTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void onlyThePublicReadsAreOpen() throws Exception {
        new AnonymousAccess(root).assertOnlyPublicReadsAreOpen();
    }
}
