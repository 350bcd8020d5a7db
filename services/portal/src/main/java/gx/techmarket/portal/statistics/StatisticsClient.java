package gx.techmarket.portal.statistics;

import gx.techmarket.portal.statistics.StatisticsViews.BrokerPersonRow;
import gx.techmarket.portal.statistics.StatisticsViews.BrokerRow;
import gx.techmarket.portal.statistics.StatisticsViews.ChallengeFigures;
import gx.techmarket.portal.statistics.StatisticsViews.ContractFigures;
import gx.techmarket.portal.statistics.StatisticsViews.ContractLine;
import gx.techmarket.portal.statistics.StatisticsViews.ListingFigures;
import gx.techmarket.portal.statistics.StatisticsViews.SubsidyRow;
import gx.techmarket.portal.statistics.StatisticsViews.TargetView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The statistics service (统计分析), called as the signed-in operator; a parameter left null is not sent. */
@RegisterRestClient(configKey = "statistics")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface StatisticsClient {

    @GET
    @Path("/statistics/contracts")
    ContractFigures contracts(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("flow") String flow);

    @GET
    @Path("/statistics/contracts/list")
    Page<ContractLine> contractList(@QueryParam("by") String by, @QueryParam("key") String key,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("region") String region,
            @QueryParam("flow") String flow, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/statistics/listings")
    ListingFigures listings(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/challenges")
    ChallengeFigures challenges(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region);

    @GET
    @Path("/statistics/subsidies")
    List<SubsidyRow> subsidies(@QueryParam("year") Integer year, @QueryParam("region") String region);

    @GET
    @Path("/statistics/brokers")
    List<BrokerRow> brokers(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/brokers/people")
    List<BrokerPersonRow> brokerPeople(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region);

    @GET
    @Path("/statistics/targets")
    List<TargetView> targets(@QueryParam("year") Integer year, @QueryParam("region") String region);

    @PUT
    @Path("/statistics/targets/{region}/{year}")
    TargetView setTarget(@PathParam("region") String region, @PathParam("year") int year, TargetView.Request target);
}
