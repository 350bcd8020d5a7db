package gx.techmarket.portal.edition;

import gx.techmarket.portal.web.Choices;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The published catalogues (成果目录, 需求目录) for anyone: the editions of both kinds, newest first, of one scope if
 * chosen, each with its .xlsx and PDF, which the portal passes on from the service that made them (same bytes, same
 * Chinese file name) at stable URLs of its own.
 */
@Path("/market/editions")
@Blocking
public class EditionPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editions(String scope, Section<Page<EditionView>> results,
                Section<Page<EditionView>> demands);
    }

    @Inject
    @RestClient
    ResultEditionsClient results;

    @Inject
    @RestClient
    DemandEditionsClient demands;

    @Inject
    Pages pages;

    @GET
    @Produces(Pages.HTML)
    public Response editions(@QueryParam("scope") String scope) {
        String chosen = scope != null && Choices.REGIONS.contains(scope) ? scope : null;
        return pages.ok(Templates.editions(chosen, Section.load(() -> results.list(chosen, 0, PAGE_SIZE)),
                Section.load(() -> demands.list(chosen, 0, PAGE_SIZE))));
    }

    @GET
    @Path("/{kind: results|demands}/{period}/{scope}.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.WILDCARD})
    public Response xlsx(@PathParam("kind") String kind, @PathParam("period") String period,
            @PathParam("scope") String scope) {
        try (Response answer = "demands".equals(kind) ? demands.xlsx(period, scope) : results.xlsx(period, scope)) {
            return passOn(answer);
        }
    }

    @GET
    @Path("/{kind: results|demands}/{period}/{scope}.pdf")
    @Produces({"application/pdf", MediaType.WILDCARD})
    public Response pdf(@PathParam("kind") String kind, @PathParam("period") String period,
            @PathParam("scope") String scope) {
        try (Response answer = "demands".equals(kind) ? demands.pdf(period, scope) : results.pdf(period, scope)) {
            return passOn(answer);
        }
    }

    private static Response passOn(Response answer) {
        byte[] bytes = answer.readEntity(byte[].class);
        String named = answer.getHeaderString("Content-Disposition");
        return Response.ok(bytes, answer.getMediaType())
                .header("Content-Disposition", named != null ? named : "attachment")
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }
}
