package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A detail page offers exactly the actions the service lists for the viewer ({@code actions}), never what the
 * portal could guess from the status: the same state shows the owner's buttons with {@code ["edit","submit"]} and
 * none with {@code []}. The rows are the cases the portal's own rules used to decide (who, which state), with the
 * actions the services now list for them.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ActionsTest extends PortalTest {

    /** Every button, form or link of a detail page that is an action, by the page it is on. */
    private static final Map<String, List<String>> CONTROLS = Map.of(
            "result", List.of("result-edit", "result-submit", "result-withdraw", "result-approve", "result-reject",
                    "result-draft-contract"),
            "demand", List.of("demand-edit", "demand-submit", "demand-close", "demand-approve", "demand-reject",
                    "demand-create-challenge"),
            "challenge", List.of("challenge-publish", "bid-submit", "award-bid"),
            "contract", List.of("contract-submit", "contract-accept", "contract-register", "contract-return"));

    private static final Pattern TESTID = Pattern.compile("data-testid=\"([a-z-]+)\"");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(UNI_GXU, "result", "DRAFT", List.of("edit", "submit"),
                        List.of("result-edit", "result-submit")),
                Arguments.of(UNI_GXU, "result", "DRAFT", List.of(), List.of()),
                Arguments.of(UNI_GXU, "result", "REJECTED", List.of("edit", "submit"),
                        List.of("result-edit", "result-submit")),
                Arguments.of(UNI_GXU, "result", "PUBLISHED", List.of("withdraw"), List.of("result-withdraw")),
                Arguments.of(ENT_GXSUGAR, "result", "PUBLISHED", List.of(), List.of()),
                Arguments.of(ADMIN_GX, "result", "SUBMITTED", List.of("approve", "reject"),
                        List.of("result-approve", "result-reject")),
                Arguments.of(BROKER_GXTTC, "result", "PUBLISHED", List.of(), List.of("result-draft-contract")),
                Arguments.of(ENT_GXSUGAR, "demand", "DRAFT", List.of("edit", "submit"),
                        List.of("demand-edit", "demand-submit")),
                Arguments.of(ENT_GXSUGAR, "demand", "PUBLISHED", List.of("close"), List.of("demand-close")),
                Arguments.of(UNI_GXU, "demand", "PUBLISHED", List.of(), List.of()),
                Arguments.of(ADMIN_GX, "demand", "SUBMITTED", List.of("approve", "reject"),
                        List.of("demand-approve", "demand-reject")),
                Arguments.of(ADMIN_GX, "demand", "PUBLISHED", List.of(), List.of("demand-create-challenge")),
                Arguments.of(ADMIN_GX, "challenge", "DRAFT", List.of("publish"), List.of("challenge-publish")),
                Arguments.of(UNI_GXU, "challenge", "PUBLISHED", List.of("bid"), List.of("bid-submit")),
                Arguments.of(ENT_GXSUGAR, "challenge", "PUBLISHED", List.of(), List.of()),
                Arguments.of(ENT_GXSUGAR, "challenge", "CLOSED", List.of("award"), List.of("award-bid")),
                Arguments.of(UNI_GXU, "challenge", "CLOSED", List.of(), List.of()),
                Arguments.of(UNI_GXU, "contract", "DRAFT", List.of("submit"), List.of("contract-submit")),
                Arguments.of(UNI_GXU, "contract", "NEEDS_CORRECTION", List.of("submit"), List.of("contract-submit")),
                Arguments.of(ENT_GXSUGAR, "contract", "DRAFT", List.of(), List.of()),
                Arguments.of(REGISTRAR_NANNING, "contract", "SUBMITTED", List.of("accept"),
                        List.of("contract-accept")),
                Arguments.of(REGISTRAR_NANNING, "contract", "ACCEPTED", List.of("register", "return-for-correction"),
                        List.of("contract-register", "contract-return")));
    }

    @ParameterizedTest(name = "{0} on a {2} {1} with {3}")
    @MethodSource("cases")
    void shouldOfferExactlyTheListedActions(DemoUser viewer, String kind, String status, List<String> actions,
            List<String> expected) {
        String[] listed = actions.toArray(String[]::new);
        String page = switch (kind) {
            case "result" -> stub("/catalogue/results/" + Fixtures.RESULT_ID, Fixtures.result(status, UNI_GXU, listed),
                    "/results/" + Fixtures.RESULT_ID);
            case "demand" -> stub("/demand/demands/" + Fixtures.DEMAND_ID,
                    Fixtures.demand(status, ENT_GXSUGAR, listed), "/demands/" + Fixtures.DEMAND_ID);
            case "challenge" -> {
                stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID + "/bids", 200,
                        "[" + Fixtures.bid(UNI_GXU) + "]");
                yield stub("/bidding/challenges/" + Fixtures.CHALLENGE_ID,
                        Fixtures.challenge(status, ENT_GXSUGAR, listed), "/challenges/" + Fixtures.CHALLENGE_ID);
            }
            default -> stub("/registry/contracts/" + Fixtures.CONTRACT_ID,
                    Fixtures.contract(status, UNI_GXU, ENT_GXSUGAR, listed), "/contracts/" + Fixtures.CONTRACT_ID);
        };

        Browser.Page shown = Browser.signedIn(portal, keycloak, viewer).get(page);

        assertThat(shown.status()).isEqualTo(200);
        List<String> offered = testIds(shown.body()).stream().filter(CONTROLS.get(kind)::contains).distinct().toList();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(expected);
    }

    private String stub(String servicePath, String json, String page) {
        stubs.json("GET", servicePath, 200, json);
        return page;
    }

    private static List<String> testIds(String html) {
        Matcher m = TESTID.matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
