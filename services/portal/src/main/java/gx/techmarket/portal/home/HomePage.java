package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.BiddingClient;
import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.demand.DemandClient;
import gx.techmarket.portal.registry.RegistryClient;
import gx.techmarket.portal.subsidy.SubsidyClient;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The home page per role: the user's own items and the actions of the path. A user with several roles gets each
 * role's sections; a service that is down or refuses spoils only its own section.
 */
@Path("/home")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);
    }

    @Inject
    @RestClient
    CatalogueClient catalogue;

    @Inject
    @RestClient
    DemandClient demands;

    @Inject
    @RestClient
    BiddingClient bidding;

    @Inject
    @RestClient
    RegistryClient registry;

    @Inject
    @RestClient
    SubsidyClient subsidy;

    @Inject
    Viewer viewer;

    @Inject
    Pages pages;

    @GET
    public Response home() {
        boolean party = viewer.party();
        boolean enterprise = viewer.enterprise();
        boolean admin = viewer.admin();
        Section<List<ChallengeView>> listed = party ? Section.load(() -> bidding.listed(0, 100)) : skipped();
        Section<List<ChallengeView>> demanded = when(enterprise, () -> bidding.demanded(0, 100));
        Home home = new Home(
                when(party, catalogue::mine),
                when(enterprise, demands::mine),
                listed,
                demanded,
                when(party, bidding::myBids),
                when(party || viewer.broker(), registry::mine),
                when(viewer.registrar(), registry::queue),
                when(viewer.expert() || viewer.broker(), () -> catalogue.search(null, null, null, 0, 20)),
                when(admin, catalogue::reviewQueue),
                when(admin, demands::reviewQueue),
                when(admin, () -> bidding.operatedDemands(0, 100)),
                when(admin, bidding::drafts),
                when(admin, () -> subsidy.all(0, 50)),
                when(admin, subsidy::programmes),
                Section.load(subsidy::mine));
        return pages.ok(Templates.home(home));
    }

    private static <T> Section<T> when(boolean applies, Supplier<T> call) {
        return applies ? Section.load(call) : skipped();
    }

    private static <T> Section<T> skipped() {
        return new Section<>(null, null, false);
    }
}
