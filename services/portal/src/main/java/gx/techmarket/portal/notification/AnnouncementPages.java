package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
 * 通知公告 and 政策文件: the public lists ({@code /announcements/notices}, {@code /announcements/policies}) and pages
 * (anyone, no sign-in), and the operator's page to publish and withdraw them ({@code /announcements/manage}).
 */
@Path("/announcements")
@Produces(Pages.HTML)
@Blocking
public class AnnouncementPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String kind, Section<Page<AnnouncementView>> found);

        static native TemplateInstance announcement(AnnouncementView announcement);

        static native TemplateInstance admin(Section<Page<AnnouncementView>> found, AnnouncementForm form,
                FormErrors errors);

        static native TemplateInstance withdrawal(AnnouncementView announcement);
    }

    @Inject
    @RestClient
    AnnouncementClient announcements;

    @Inject
    Pages pages;

    @GET
    @Path("/notices")
    public Response notices(@QueryParam("page") int page, @QueryParam("size") int size) {
        return list("NOTICE", page, size);
    }

    @GET
    @Path("/policies")
    public Response policies(@QueryParam("page") int page, @QueryParam("size") int size) {
        return list("POLICY", page, size);
    }

    @GET
    @Path("/{id}")
    public Response announcement(@PathParam("id") UUID id) {
        return pages.ok(Templates.announcement(announcements.get(id)));
    }

    @GET
    @Path("/manage")
    @RolesAllowed(Roles.ADMIN)
    public Response admin(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.admin(all(page, size), new AnnouncementForm(), FormErrors.none()));
    }

    @POST
    @Path("/manage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response publish(@BeanParam AnnouncementForm form) {
        return pages.submit(pages.check(form), () -> announcements.publish(form.toRequest()),
                published -> "/announcements/" + published.id(), "announced",
                errors -> Templates.admin(all(0, PAGE_SIZE), form, errors));
    }

    /** Withdrawing cannot be undone: the operator first sees what will leave the public front, and confirms. */
    @GET
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.ADMIN)
    public Response confirmWithdrawal(@PathParam("id") UUID id) {
        return pages.ok(Templates.withdrawal(announcements.get(id)));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response withdraw(@PathParam("id") UUID id) {
        return pages.act(() -> announcements.withdraw(id), "/announcements/manage", "announcement_withdrawn",
                errors -> Templates.admin(all(0, PAGE_SIZE), new AnnouncementForm(), errors));
    }

    private Response list(String kind, int page, int size) {
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return pages.ok(Templates.list(kind,
                Section.load(() -> announcements.published(kind, Math.max(page, 0), rows))));
    }

    private Section<Page<AnnouncementView>> all(int page, int size) {
        int rows = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return Section.load(() -> announcements.all(Math.max(page, 0), rows));
    }
}
