package gx.techmarket.portal.home;

import gx.techmarket.portal.web.Page;
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

/**
 * The workbench (工作台) per role instead of one long page: the counts of what waits for the user, each linking to its
 * full list, and the first rows of each of the user's lists with "1–10 / 37" and a link to the rest. A user with
 * several roles gets each role's lists; a service that is down or refuses spoils only its own section.
 */
@Path("/home")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class HomePage {

    /** Rows of each list on the workbench; the rest is one click away on the list's own page. */
    static final int PREVIEW = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);
    }

    @Inject
    WorkLists lists;

    @Inject
    Viewer viewer;

    @Inject
    Pages pages;

    @GET
    public Response home() {
        if (!viewer.hasOrganisation()) {
            // a newcomer acts for nobody yet: every list would refuse it; its next step is its application
            return Pages.seeOther("/onboarding");
        }
        List<Home.Preview> previews = lists.mine().stream()
                .map(list -> new Home.Preview(list, WorkLists.load(list, null, null, 0, PREVIEW))).toList();
        // what waits for a party: its contracts still to be filed (a count: one row asked, its total read)
        Section<Page<?>> toFile = viewer.party()
                ? Section.load(() -> lists.registry.mine("DRAFT", null, 0, 1))
                : new Section<>(null, null, false);
        return pages.ok(Templates.home(new Home(previews, toFile)));
    }
}
