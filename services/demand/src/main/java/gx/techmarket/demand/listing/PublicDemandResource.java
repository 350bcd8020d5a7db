package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The market's demands for visitors who have not signed in: published demands still open only, no token needed, and
 * no actions offered ({@code actions} always empty; answering a demand needs signing in).
 */
@Path("/public/demands")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicDemandResource {

    @Inject
    DemandService service;

    @GET
    @Operation(summary = "Published demands still open, as /demands lists them, without signing in",
            description = DemandResource.SORTS + "; total counts every match")
    public Page<DemandView> search(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("industry") @Pattern(regexp = DemandResource.INDUSTRY) @Size(max = 64) String industry,
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingOrder.WITH_AMOUNT_AND_DEADLINE)
            String sort,
            @Valid @BeanParam Paging paging) {
        return service.searchPublic(q, industry, region, ListingOrder.of(sort), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published demand still open, without signing in; any other is 404 DEMAND_NOT_FOUND")
    public DemandView get(@PathParam("id") UUID id) {
        return service.getPublic(id);
    }
}
