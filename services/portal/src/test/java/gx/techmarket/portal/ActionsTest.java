package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} on a {2} {1} with [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            UNI_GXU           | result    | DRAFT            | edit submit                  | result-edit result-submit
            UNI_GXU           | result    | DRAFT            |                              |
            UNI_GXU           | result    | REJECTED         | edit submit                  | result-edit result-submit
            UNI_GXU           | result    | PUBLISHED        | withdraw                     | result-withdraw
            ENT_GXSUGAR       | result    | PUBLISHED        |                              |
            ADMIN_GX          | result    | SUBMITTED        | approve reject               | result-approve result-reject
            BROKER_GXTTC      | result    | PUBLISHED        | brokered                     | result-draft-contract
            BROKER_GXTTC      | result    | PUBLISHED        |                              |
            ENT_GXSUGAR       | demand    | DRAFT            | edit submit                  | demand-edit demand-submit
            ENT_GXSUGAR       | demand    | PUBLISHED        | close                        | demand-close
            UNI_GXU           | demand    | PUBLISHED        |                              |
            ADMIN_GX          | demand    | SUBMITTED        | approve reject               | demand-approve demand-reject
            ADMIN_GX          | demand    | PUBLISHED        | challenge                    | demand-create-challenge
            ADMIN_GX          | demand    | PUBLISHED        |                              |
            ADMIN_GX          | challenge | DRAFT            | publish                      | challenge-publish
            UNI_GXU           | challenge | PUBLISHED        | bid                          | bid-submit
            ENT_GXSUGAR       | challenge | PUBLISHED        |                              |
            ENT_GXSUGAR       | challenge | CLOSED           | award                        | award-bid
            UNI_GXU           | challenge | CLOSED           |                              |
            UNI_GXU           | contract  | DRAFT            | submit                       | contract-submit
            UNI_GXU           | contract  | NEEDS_CORRECTION | submit                       | contract-submit
            ENT_GXSUGAR       | contract  | DRAFT            |                              |
            REGISTRAR_NANNING | contract  | SUBMITTED        | accept                       | contract-accept
            REGISTRAR_NANNING | contract  | ACCEPTED         | register return-for-correction | contract-register contract-return
            """)
    void shouldOfferExactlyTheListedActions(String user, String kind, String status, String actions, String expected)
            throws Exception {
        DemoUser viewer = (DemoUser) DemoUser.class.getField(user).get(null);
        String[] listed = words(actions).toArray(String[]::new);
        String page = switch (kind) {
            case "result" -> {
                // drafting a brokered contract on a result is the registry's action on the result as it knows it
                stubs.json("GET", "/registry/contracts/brokered/" + Fixtures.RESULT_ID, 200,
                        Fixtures.brokerable(List.of(listed).contains("brokered") ? new String[] {"brokered"}
                                : new String[0]));
                yield stub("/catalogue/results/" + Fixtures.RESULT_ID, Fixtures.result(status, UNI_GXU, listed),
                        "/results/" + Fixtures.RESULT_ID);
            }
            case "demand" -> {
                // making a challenge of a demand is bidding's action on the demand as bidding knows it
                stubs.json("GET", "/bidding/demands/" + Fixtures.DEMAND_ID, 200,
                        Fixtures.knownDemand(ENT_GXSUGAR, List.of(listed).contains("challenge")
                                ? new String[] {"challenge"} : new String[0]));
                yield stub("/demand/demands/" + Fixtures.DEMAND_ID, Fixtures.demand(status, ENT_GXSUGAR, listed),
                        "/demands/" + Fixtures.DEMAND_ID);
            }
            case "challenge" -> {
                stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID + "/bids", 200,
                        Fixtures.page(Fixtures.bid(UNI_GXU, List.of(listed).contains("award") ? new String[] {"award"}
                                : new String[0])));
                yield stub("/bidding/challenges/" + Fixtures.CHALLENGE_ID,
                        Fixtures.challenge(status, ENT_GXSUGAR, listed), "/challenges/" + Fixtures.CHALLENGE_ID);
            }
            default -> stub("/registry/contracts/" + Fixtures.CONTRACT_ID,
                    Fixtures.contract(status, UNI_GXU, ENT_GXSUGAR, listed), "/contracts/" + Fixtures.CONTRACT_ID);
        };

        Browser.Page shown = Browser.signedIn(portal, keycloak, viewer).get(page);

        assertThat(shown.status()).isEqualTo(200);
        List<String> offered = testIds(shown.body()).stream().filter(CONTROLS.get(kind)::contains).distinct().toList();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(words(expected));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
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
