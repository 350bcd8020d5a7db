package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The notification service's notices to the signed-in user's organisation and roles. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationClient {

    /** {@code unread=true}: only the unread; null: all. */
    @GET
    Page<NotificationView> list(@QueryParam("unread") Boolean unread, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/unread-count")
    Unread unreadCount();

    @POST
    @Path("/{id}/read")
    NotificationView read(@PathParam("id") UUID id);

    @POST
    @Path("/read-all")
    Unread readAll();

    /** {@code {"unread": 3}}. */
    record Unread(long unread) {}
}
