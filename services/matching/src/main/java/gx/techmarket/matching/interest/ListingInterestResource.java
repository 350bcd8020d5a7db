package gx.techmarket.matching.interest;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A published result or demand as the caller may take it up: what a listing's page offers (表达意向). */
@Path("/listings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interests", description = "意向洽谈 expressions of interest")
public class ListingInterestResource {

    @Inject
    InterestService service;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/{id}/interest")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "Whether the caller's organisation may express interest in the result or demand now "
            + "(actions: express), and its open conversation about it")
    public ListingInterestView interest(@PathParam("id") UUID id) {
        return service.forListing(actor.get(), id);
    }
}
