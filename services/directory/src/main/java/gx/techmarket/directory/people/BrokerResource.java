package gx.techmarket.directory.people;

import gx.techmarket.directory.organisation.ReasonRequest;
import gx.techmarket.directory.people.PeopleViews.BrokerView;
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
 * 技术经理人 register. Kept by the users of the organisation a broker works for and the admins of its sub-market;
 * contact details shown as each broker allows.
 */
@Path("/brokers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "brokers", description = "技术经理人 register")
public class BrokerResource {

    static final String STATUSES = "ACTIVE|SUSPENDED";

    @Inject
    PeopleService service;

    @Inject
    CurrentActor actor;

    @GET
    @Authenticated
    @Operation(summary = "The brokers the caller may see: active ones of verified organisations, and those it keeps "
            + "(any standing); q matches the name; sort name (default) or newest")
    public Page<BrokerView> list(
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("agency") @UsccCode String agency,
            @QueryParam("field") @Pattern(regexp = BrokerRequest.INDUSTRY) String field,
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = PersonOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.brokers(actor.get(), search(q, agency, field, status), PersonOrder.of(sort), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BROKER, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "Enter a broker of an organisation the caller keeps (its own, or for an admin one of its "
            + "sub-market); the organisation must be verified, an agency, university or institute")
    public Response create(@Valid @NotNull BrokerRequest request) {
        BrokerView created = service.createBroker(actor.get(), request);
        return Response.created(URI.create("/brokers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One broker, its contact details as it allows the caller to see them, with the caller's actions")
    public BrokerView get(@PathParam("id") String id) {
        return service.broker(actor.get(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BROKER, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "Change a broker entry (its keepers); a move to another organisation needs the keepers of both")
    public BrokerView edit(@PathParam("id") String id, @Valid @NotNull BrokerRequest request) {
        return service.editBroker(actor.get(), id, request);
    }

    @PUT
    @Path("/{id}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Set the broker's contact details and who may see each (the broker itself, or its keepers)")
    public BrokerView setContact(@PathParam("id") String id, @Valid @NotNull ContactRequest request) {
        return service.setBrokerContact(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BROKER, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "Suspend a broker, with a reason (no longer listed publicly)")
    public BrokerView suspend(@PathParam("id") String id, @Valid @NotNull ReasonRequest request) {
        return service.suspendBroker(actor.get(), id, request.reason());
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed({Roles.BROKER, Roles.UNIVERSITY, Roles.ADMIN})
    @Operation(summary = "Make a suspended broker active again")
    public BrokerView reactivate(@PathParam("id") String id) {
        return service.reactivateBroker(actor.get(), id);
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "Every change of a broker entry, newest first: for the broker and its keepers")
    public Page<PersonHistoryEntry> history(@PathParam("id") String id, @Valid @BeanParam Paging paging) {
        return service.brokerHistory(actor.get(), id, paging);
    }

    static People.Search search(String q, String organisation, String field, String status) {
        return new People.Search(q == null || q.isBlank() ? null : q, organisation, field,
                status == null ? null : PersonStatus.valueOf(status));
    }
}
