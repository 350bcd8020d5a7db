package gx.techmarket.statistics.projection;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 重建: the province's operators replay every topic from offset 0 into a new generation of the facts, which goes live
 * when it has caught up (202, then poll the generation). A city's operators may read the generations, not start one.
 */
@Path("/statistics/rebuilds")
@Tag(name = "rebuilds", description = "重建 — the facts replayed from offset 0")
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    private final Rebuilds rebuilds;
    private final CurrentActor actor;

    RebuildResource(Rebuilds rebuilds, CurrentActor actor) {
        this.rebuilds = rebuilds;
        this.actor = actor;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a rebuild from offset 0 (province operators; 409 while one runs)")
    public Response start() {
        Actor a = actor.get();
        if (!a.isProvinceAdmin()) {
            throw ProblemException.forbidden("REBUILD_PROVINCE_ONLY");
        }
        RebuildView started = rebuilds.start(a.userId());
        return Response.accepted(started).location(URI.create("/statistics/rebuilds/" + started.generation())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest generations of the facts, newest first")
    public List<RebuildView> latest() {
        return rebuilds.latest(20);
    }

    @GET
    @Path("/{generation: [0-9]{1,9}}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One generation: building, live, retired or failed")
    public RebuildView one(@PathParam("generation") int generation) {
        return rebuilds.find(generation).orElseThrow(() -> ProblemException.notFound("GENERATION_NOT_FOUND"));
    }
}
