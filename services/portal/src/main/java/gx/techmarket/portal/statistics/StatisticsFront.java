package gx.techmarket.portal.statistics;

import gx.techmarket.portal.statistics.PublicStatisticsClient.PublicSummary;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 市场统计 on the public front, without signing in: the province's year — registered contracts in total, by city and
 * by category, listings and challenges — as server-rendered tables (read by search engines) with charts drawn from
 * them, in Chinese or English. Aggregates only.
 */
@Path("/market/statistics")
@Blocking
public class StatisticsFront {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int FIRST_YEAR = 2020;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(Section<PublicSummary> found, int year, List<Integer> years);
    }

    @Inject
    @RestClient
    PublicStatisticsClient statistics;

    @Inject
    Pages pages;

    @GET
    @Produces(Pages.HTML)
    public Response summary(@QueryParam("year") String year) {
        int thisYear = LocalDate.now(CHINA).getYear();
        int y = year != null && year.matches("[0-9]{4}") && Integer.parseInt(year) >= FIRST_YEAR
                && Integer.parseInt(year) <= thisYear ? Integer.parseInt(year) : thisYear;
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, thisYear).map(i -> thisYear - (i - FIRST_YEAR))
                .boxed().toList();
        return pages.ok(Templates.summary(Section.load(() -> statistics.summary(y)), y, years));
    }
}
