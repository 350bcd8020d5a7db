package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The 匹配推荐 panel of a result's or demand's page: its suggestions, when the matching service shows them to the
 * user (the owner's organisation, an operator of its region). Asked by the pages' templates
 * ({@code inject:matchPanel.ofDemand(demand.id)}); only enterprises', universities' and operators' users cause a
 * call. Not the user's, unknown to the service, or the service not answering: no panel.
 */
@Named("matchPanel")
@RequestScoped
public class MatchPanel {

    @Inject
    @RestClient
    MatchingClient matching;

    @Inject
    Viewer viewer;

    public ListingMatchesView ofDemand(UUID demandId) {
        if (!mayAsk()) {
            return null;
        }
        Section<ListingMatchesView> found = Section.load(() -> matching.demandMatches(demandId));
        return found.ok() ? found.value() : null;
    }

    public ListingMatchesView ofResult(UUID resultId) {
        if (!mayAsk()) {
            return null;
        }
        Section<ListingMatchesView> found = Section.load(() -> matching.resultMatches(resultId));
        return found.ok() ? found.value() : null;
    }

    private boolean mayAsk() {
        return viewer.enterprise() || viewer.university() || viewer.admin();
    }
}
