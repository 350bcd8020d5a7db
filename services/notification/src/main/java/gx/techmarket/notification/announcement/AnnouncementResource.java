package gx.techmarket.notification.announcement;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 通知公告 and 政策文件: read by anyone on the public front, published and withdrawn by operators. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "announcements", description = "通知公告 and 政策文件 on the public front")
public class AnnouncementResource {

    @Inject
    AnnouncementService service;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/public/announcements")
    @PermitAll
    @Operation(summary = "The published announcements, of one kind if asked, newest first (no sign-in needed)")
    public Page<AnnouncementView> published(@QueryParam("kind") @Pattern(regexp = "NOTICE|POLICY") String kind,
            @Valid @BeanParam Paging paging) {
        return service.published(kind == null ? null : AnnouncementKind.valueOf(kind), paging);
    }

    @GET
    @Path("/public/announcements/{id}")
    @PermitAll
    @Operation(summary = "One published announcement (no sign-in needed); a withdrawn one is 404")
    public AnnouncementView publishedOne(@PathParam("id") String id) {
        return service.published(uuid(id));
    }

    @GET
    @Path("/announcements")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every announcement published in the caller's sub-market (the province: all; a city: its own "
            + "and its counties' bureaus'), withdrawn ones included, newest first, with what the caller may do")
    public Page<AnnouncementView> all(@Valid @BeanParam Paging paging) {
        return service.all(actor.get(), paging);
    }

    @POST
    @Path("/announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publishes a 通知公告 or 政策文件 at once, in the name of the caller's organisation")
    public Response publish(@Valid @NotNull AnnouncementRequest request) {
        AnnouncementView view = service.publish(actor.get(), request);
        return Response.created(URI.create("/public/announcements/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/announcements/{id}/withdraw")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Takes an announcement off the public front: its organisation's operators or those whose "
            + "sub-market covers the publisher's region (the province's: all)")
    public AnnouncementView withdraw(@PathParam("id") String id) {
        return service.withdraw(actor.get(), uuid(id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("ANNOUNCEMENT_NOT_FOUND", id);
        }
    }
}
