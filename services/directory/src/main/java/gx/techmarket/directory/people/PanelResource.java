package gx.techmarket.directory.people;

import gx.techmarket.directory.people.PeopleViews.PanelView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 抽取专家: the one expert panel draw of the market (the registry's expert review, 揭榜 evaluation). Admins, and the
 * registrars the registry's review acts through; a panel is read by the one who asked and the admins of its
 * sub-market.
 */
@Path("/panels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "panels", description = "抽取专家 — expert panel draws")
public class PanelResource {

    @Inject
    PanelService service;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REGISTRAR})
    @Operation(summary = "Draw N active experts of a field at random, avoiding every expert affiliated with a named "
            + "party; reproducible from the seed (generated and recorded when absent); too few: 409 NOT_ENOUGH_EXPERTS")
    public Response draw(@Valid @NotNull PanelRequest request) {
        PanelView panel = service.draw(actor.get(), request);
        return Response.created(URI.create("/panels/" + panel.id())).entity(panel).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.REGISTRAR})
    @Operation(summary = "The panels the caller asked for, and for an admin those of its sub-market; sort newest "
            + "(default) or oldest")
    public Page<PanelView> list(
            @QueryParam("purpose") @Pattern(regexp = "REGISTRY_REVIEW|CHALLENGE_EVALUATION") String purpose,
            @QueryParam("subjectId") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String subjectId,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = "newest|oldest") String sort,
            @Valid @BeanParam Paging paging) {
        return service.panels(actor.get(), purpose == null ? null : PanelPurpose.valueOf(purpose), subjectId,
                sort.equals("newest"), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.REGISTRAR})
    @Operation(summary = "One panel as drawn: seed, drawn experts, who was avoided and why, who asked and when")
    public PanelView get(@PathParam("id") String id) {
        return service.panel(actor.get(), id);
    }
}
