package gx.techmarket.portal.edition;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The editions (an operator orders one; anyone reads them) of the 企业技术需求目录 (the demand service): public, no token needed. */
@RegisterRestClient(configKey = "demand")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface DemandEditionsClient {

    @GET
    @Path("/public/editions")
    Page<EditionView> list(@QueryParam("scope") String scope, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/public/editions/{period}/{scope}.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    Response xlsx(@PathParam("period") String period, @PathParam("scope") String scope);

    @GET
    @Path("/public/editions/{period}/{scope}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    Response pdf(@PathParam("period") String period, @PathParam("scope") String scope);

    /** An operator's order: the edition of a period and scope, made now (the signed-in admin's token is sent). */
    @POST
    @Path("/editions")
    @Consumes(MediaType.APPLICATION_JSON)
    EditionView make(EditionOrder order);

    /** The body of {@link #make}. */
    record EditionOrder(String period, String scope) {}
}
