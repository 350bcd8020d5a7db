package gx.techmarket.portal.statistics;

import gx.techmarket.portal.web.ServiceCallFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The statistics service's workbooks (.xlsx): each figure of the dashboard as Excel, passed on as the service made it. */
@RegisterRestClient(configKey = "statistics")
@RegisterProvider(ServiceCallFilter.class)
public interface StatisticsFiles {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/statistics/contracts.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response contracts(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @QueryParam("flow") String flow);

    @GET
    @Path("/statistics/listings.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response listings(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/challenges.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response challenges(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/subsidies.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response subsidies(@QueryParam("year") Integer year, @QueryParam("region") String region);

    @GET
    @Path("/statistics/brokers.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response brokers(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/brokers/people.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response brokerPeople(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/targets.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response targets(@QueryParam("year") Integer year, @QueryParam("region") String region);
}
