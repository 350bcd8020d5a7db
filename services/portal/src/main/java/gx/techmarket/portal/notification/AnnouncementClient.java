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

/** 通知公告 and 政策文件 of the notification service: public reads, and the operator's publishing and withdrawing. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AnnouncementClient {

    /** Published announcements of one kind ({@code NOTICE} or {@code POLICY}), newest first; anonymous. */
    @GET
    @Path("/public/announcements")
    Page<AnnouncementView> published(@QueryParam("kind") String kind, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/public/announcements/{id}")
    AnnouncementView get(@PathParam("id") UUID id);

    /** Every announcement, withdrawn ones included, with {@code withdraw} where the operator may (ADMIN). */
    @GET
    @Path("/announcements")
    Page<AnnouncementView> all(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/announcements")
    AnnouncementView publish(NewAnnouncement announcement);

    @POST
    @Path("/announcements/{id}/withdraw")
    AnnouncementView withdraw(@PathParam("id") UUID id);

    /** What the operator publishes: kind NOTICE or POLICY, title ≤ 200, body ≤ 20,000 characters. */
    record NewAnnouncement(String kind, String title, String body) {}
}
