package gx.techmarket.portal.subsidy.programmes;

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
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The subsidy service's programme administration (补助项目管理), called as the signed-in admin. */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("/programmes")
public interface ProgrammesClient {

    @GET
    @Path("/years/{year}")
    YearState year(@PathParam("year") int year);

    @GET
    @Path("/{code}/{year}")
    ProgrammeDetail get(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/{code}/{year}/terms")
    List<TermsVersion> versions(@PathParam("code") String code, @PathParam("year") int year);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    ProgrammeDetail open(ProgrammeRequests.Open request);

    @POST
    @Path("/{code}/{year}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    TermsVersion newVersion(@PathParam("code") String code, @PathParam("year") int year,
            ProgrammeRequests.NewVersion request);

    @POST
    @Path("/{code}/{year}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    ProgrammeDetail topUp(@PathParam("code") String code, @PathParam("year") int year,
            ProgrammeRequests.TopUp request);

    @POST
    @Path("/{code}/{year}/close")
    ProgrammeDetail close(@PathParam("code") String code, @PathParam("year") int year);

    @POST
    @Path("/{code}/{year}/copy")
    ProgrammeDetail copy(@PathParam("code") String code, @PathParam("year") int year,
            @QueryParam("toYear") int toYear);
}
