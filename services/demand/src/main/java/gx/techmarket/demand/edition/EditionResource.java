package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.edition.EditionRequest;
import gx.techmarket.platform.publishing.edition.EditionView;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 需求目录: an operator makes an edition on demand (the monthly job makes the previous month's by itself). */
@Path("/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "editions", description = "企业技术需求目录 — the published catalogue by month and scope")
public class EditionResource {

    @Inject
    EditionService service;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make the edition of a period and scope now from the listed demands (published, deadline "
            + "not past)",
            description = "period YYYY-MM, 2020-01 to this month (China); scope 450000 (the province admin only) or "
                    + "a city of Guangxi (its admin or the province's). 409 EDITION_EXISTS if it was made before: an "
                    + "edition is frozen.")
    @APIResponse(responseCode = "201", description = "The edition, made and published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditionView.class)))
    public Response make(@Valid @NotNull EditionRequest request) {
        EditionView made = service.make(actor.get(), request);
        return Response.created(URI.create(made.xlsx().url().replace(".xlsx", ""))).entity(made).build();
    }
}
