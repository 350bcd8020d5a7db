package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The notification centre (消息中心): what happened to the user's organisation and role, newest first, each written
 * from its kind and arguments in the user's language with a link to its subject; opening one marks it read.
 */
@Path("/notifications")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class NotificationPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(boolean unreadOnly, Section<Page<NotificationView>> found);
    }

    @Inject
    @RestClient
    NotificationClient notifications;

    @Inject
    Pages pages;

    @GET
    public Response list(@QueryParam("unread") String unread, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        boolean unreadOnly = "true".equals(unread);
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        Section<Page<NotificationView>> found = Section.load(
                () -> notifications.list(unreadOnly ? Boolean.TRUE : null, Math.max(page, 0), rows));
        return pages.ok(Templates.list(unreadOnly, found));
    }

    /** Opening a notice: marked read, then its subject's page. */
    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id) {
        NotificationView read = notifications.read(id);
        return Pages.seeOther(read.safeLink());
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id) {
        notifications.read(id);
        return Pages.seeOther("/notifications");
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        notifications.readAll();
        return Pages.seeOther("/notifications");
    }
}
