package gx.techmarket.directory.people;

import gx.techmarket.directory.organisation.ReasonRequest;
import gx.techmarket.directory.people.PeopleViews.ExpertView;
import gx.techmarket.directory.people.PeopleViews.PersonHistoryEntry;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.security.UsccCode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * 评审专家库. Kept by the admins of each expert's organisation's sub-market; an expert with a linked account sets
 * its own contact details and declared relations.
 */
@Path("/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts", description = "评审专家库")
public class ExpertResource {

    @Inject
    PeopleService service;

    @Inject
    CurrentActor actor;

    @GET
    @Authenticated
    @Operation(summary = "The experts the caller may see: active ones of verified organisations, and for an admin "
            + "those of its sub-market (any standing); q matches the name; sort name (default) or newest")
    public Page<ExpertView> list(
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("organisation") @UsccCode String organisation,
            @QueryParam("field") @Pattern(regexp = BrokerRequest.INDUSTRY) String field,
            @QueryParam("status") @Pattern(regexp = BrokerResource.STATUSES) String status,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = PersonOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.experts(actor.get(), BrokerResource.search(q, organisation, field, status),
                PersonOrder.of(sort), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enter an expert of a verified organisation of the caller's sub-market")
    public Response create(@Valid @NotNull ExpertRequest request) {
        ExpertView created = service.createExpert(actor.get(), request);
        return Response.created(URI.create("/experts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "The caller's own expert entry (the one whose accountSubject is the caller's account); "
            + "404 EXPERT_NOT_FOUND when none is linked to it")
    public ExpertView me() {
        return service.me(actor.get());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One expert, its contact details as it allows the caller to see them (its declared relations "
            + "only for itself and its admins), with the caller's actions")
    public ExpertView get(@PathParam("id") String id) {
        return service.expert(actor.get(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an expert entry (the admins of its sub-market)")
    public ExpertView edit(@PathParam("id") String id, @Valid @NotNull ExpertRequest request) {
        return service.editExpert(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Set the expert's contact details and who may see each (the expert itself, or its admins)")
    public ExpertView setContact(@PathParam("id") String id, @Valid @NotNull ContactRequest request) {
        return service.setExpertContact(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Declare the expert's relations with organisations, the whole list (the expert itself, or "
            + "its admins); panel draws avoid the parties they touch")
    public ExpertView declareRelations(@PathParam("id") String id, @Valid @NotNull RelationsRequest request) {
        return service.declareRelations(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suspend an expert, with a reason (never drawn while suspended)")
    public ExpertView suspend(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        return service.suspendExpert(actor.get(), id, request.reason());
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make a suspended expert active again")
    public ExpertView reactivate(@PathParam("id") String id) {
        return service.reactivateExpert(actor.get(), id);
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "Every change of an expert entry, newest first: for the expert and its admins")
    public Page<PersonHistoryEntry> history(@PathParam("id") String id, @Valid @BeanParam Paging paging) {
        return service.expertHistory(actor.get(), id, paging);
    }
}
