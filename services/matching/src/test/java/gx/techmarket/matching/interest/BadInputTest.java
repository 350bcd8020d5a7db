package gx.techmarket.matching.interest;

import gx.techmarket.matching.MatchingServiceTest;
import gx.techmarket.matching.listing.Listings;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state-changing endpoint of the matching service against the bad-input kit: each bad request refused with a
 * 4xx problem+json and no change in the database, then the valid request accepted. Each endpoint gets its own
 * conversation (or listing) in the state its control request needs.
 */
@QuarkusTest
class BadInputTest extends MatchingServiceTest {

    @TestHTTPResource("/")
    URI root;

    private String conversation(String title) {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, title));
        return InterestFlowTest.express(InterestFlowTest.SUGAR, result, "有意向。");
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        UUID fresh = Listings.publish(db, Listings.result(Orgs.GXU, "甘蔗收获机械化技术"));
        String forMessages = conversation("蔗渣制浆技术");
        String forContacts = conversation("糖蜜酒精技术");
        String forBroker = conversation("甘蔗脱毒种苗技术");
        String forClose = conversation("蔗梢青贮饲料技术");
        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/interests", "/interests", InterestFlowTest.SUGAR,
                        "{\"listingId\": \"" + fresh + "\", \"message\": \"我司有意引进，\\n请介绍中试情况。\"}"),
                Endpoint.body("POST", "/interests/{id}/messages", "/interests/" + forMessages + "/messages",
                        InterestFlowTest.GXU, "{\"text\": \"欢迎来校考察。\\n联系电话见下。\"}"),
                Endpoint.body("POST", "/interests/{id}/contacts", "/interests/" + forContacts + "/contacts",
                        InterestFlowTest.GXU,
                        "{\"name\": \"李老师\", \"phone\": \"0771-3232123\", \"email\": \"li@gxu.edu.cn\"}"),
                Endpoint.body("POST", "/interests/{id}/broker", "/interests/" + forBroker + "/broker",
                        InterestFlowTest.SUGAR, "{\"brokerUscc\": \"" + Orgs.GX_TECH_TRANSFER.uscc() + "\"}"),
                Endpoint.bodyless("POST", "/interests/{id}/close", "/interests/" + forClose + "/close",
                        InterestFlowTest.SUGAR));
        return new BadInputKit(root, db).tests("matching", endpoints);
    }
}
