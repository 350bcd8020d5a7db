package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.PublicChallengesClient;
import gx.techmarket.portal.catalogue.PublicResultsClient;
import gx.techmarket.portal.demand.PublicDemandsClient;
import gx.techmarket.portal.notification.AnnouncementClient;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The market's home for everyone, signed in or not: what the market is, search, the latest published results and
 * demands, the challenges still taking bids, 通知公告 and 政策文件. Anonymous reads only; a service that does not
 * answer spoils only its own part.
 */
@Path("/")
@Produces(Pages.HTML)
@Blocking
public class LandingPage {

    /** Items of each kind on the front page; each part links to its full list. */
    static final int LATEST = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Front front);
    }

    @Inject
    @RestClient
    PublicResultsClient results;

    @Inject
    @RestClient
    PublicDemandsClient demands;

    @Inject
    @RestClient
    PublicChallengesClient challenges;

    @Inject
    @RestClient
    AnnouncementClient announcements;

    @Inject
    Pages pages;

    @GET
    public Response landing() {
        Front front = new Front(
                Section.load(() -> results.search(null, null, null, "newest", 0, LATEST)),
                Section.load(() -> demands.search(null, null, null, "newest", 0, LATEST)),
                Section.load(() -> challenges.listed(true, "deadline", 0, LATEST)),
                Section.load(() -> announcements.published("NOTICE", 0, LATEST)),
                Section.load(() -> announcements.published("POLICY", 0, LATEST)));
        return pages.ok(Templates.landing(front));
    }
}
