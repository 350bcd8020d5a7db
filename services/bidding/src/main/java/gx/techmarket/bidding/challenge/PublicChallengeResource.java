package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 榜单 for everyone, signed in or not (the market's public front): published challenges and those closed or awarded
 * since, never a draft, never a bid; {@code actions} is always empty (a visitor signs in to act). Only these two
 * reads are anonymous; every other endpoint of the service still asks for a token.
 */
@Path("/public/challenges")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicChallengeResource {

    @Inject
    ChallengeService service;

    @GET
    @Operation(summary = "榜单 without signing in; open=true: only those still taking bids (可揭榜), open=false: only "
            + "those no longer taking them; sort newest (default), oldest or deadline (soonest first)")
    public Page<ChallengeView> listed(
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("open") @Pattern(regexp = "true|false") String open,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.publicListed(region, open == null ? null : Boolean.valueOf(open), ChallengeOrder.of(sort),
                paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published (or closed, or awarded) challenge without signing in; a draft is not found")
    public ChallengeView get(@PathParam("id") UUID id) {
        return service.publicGet(id);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Every version of a published challenge's content, oldest first, with who changed what, "
            + "when and why")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @GET
    @Path("/{id}/versions/diff")
    @Operation(summary = "The differences between two versions of a published challenge, field by field")
    public List<ChallengeSnapshot.FieldChange> differences(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return service.differences(id, from, to);
    }
}
