package gx.techmarket.portal.edition;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The published editions of the 企业技术需求目录 (the demand service): public, no token needed. */
@RegisterRestClient(configKey = "demand")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/public/editions")
@Produces(MediaType.APPLICATION_JSON)
public interface DemandEditionsClient {

    @GET
    Page<EditionView> list(@QueryParam("scope") String scope, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{period}/{scope}.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    Response xlsx(@PathParam("period") String period, @PathParam("scope") String scope);

    @GET
    @Path("/{period}/{scope}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    Response pdf(@PathParam("period") String period, @PathParam("scope") String scope);
}
