package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.evaluation.Views.MethodView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 评审办法 is published with its challenge: anyone reads it without signing in. */
@Path("/public/challenges")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class PublicMethodResource {

    @Inject
    EvaluationService service;

    @GET
    @Path("/{id}/evaluation-method")
    @Operation(summary = "The 评审办法 of a published challenge with its formula, without signing in")
    public MethodView method(@PathParam("id") UUID id) {
        return service.publicMethod(id);
    }
}
