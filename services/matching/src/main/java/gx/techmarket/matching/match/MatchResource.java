package gx.techmarket.matching.match;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 匹配推荐: the computed matches of demands and results, with their scores and reasons. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "matches", description = "匹配推荐 computed demand–result matches")
public class MatchResource {

    @Inject
    MatchService service;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/demands/{id}/matches")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "The results suggested for a demand, best first, with score, reasons and actions (the "
            + "demander's organisation; an operator of its region); else 404")
    public ListingMatchesView demandMatches(@PathParam("id") UUID id) {
        return service.of(actor.get(), id, ListingKind.DEMAND);
    }

    @GET
    @Path("/results/{id}/matches")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "The demands suggested for a result, best first, with score, reasons and actions (the "
            + "holder's organisation; an operator of its region); else 404")
    public ListingMatchesView resultMatches(@PathParam("id") UUID id) {
        return service.of(actor.get(), id, ListingKind.RESULT);
    }

    @GET
    @Path("/matches")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "The caller's organisation's results and demands with their suggestions, last changed first; "
            + "for a broker, the listings of its organisation's city with their suggestions")
    public Page<ListingMatchesView> mine(@Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), paging);
    }
}
