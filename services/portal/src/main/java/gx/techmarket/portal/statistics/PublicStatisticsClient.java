package gx.techmarket.portal.statistics;

import gx.techmarket.portal.statistics.StatisticsViews.ContractRow;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** 市场统计 for anyone: the statistics service's public aggregates. */
@RegisterRestClient(configKey = "statistics")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PublicStatisticsClient {

    @TemplateData
    record ListingCounts(long resultsPublished, long demandsPublished, long demandsMatched) {}

    @TemplateData
    record ChallengeCounts(long published, long awarded) {}

    @TemplateData
    record PublicSummary(int year, LocalDate from, LocalDate to, ContractRow contracts, List<ContractRow> byCity,
            List<ContractRow> byCategory, ListingCounts listings, ChallengeCounts challenges) {}

    @GET
    @Path("/statistics/public/summary")
    PublicSummary summary(@QueryParam("year") Integer year);
}
