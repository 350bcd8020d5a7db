package gx.techmarket.registry.amendment;

import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.registry.contract.AfterRegistration;
import gx.techmarket.registry.contract.ContractAmendments;
import gx.techmarket.registry.contract.ContractView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * After registration: 变更登记 (amend), 注销登记 (deregister), and 异议 (objections) with their review by the
 * registering point. Each answers the contract's view
 * with its actions, as the contract endpoints do. No {@code @Consumes}, for the reason {@code ContractResource} gives.
 */
@Path("/contracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "技术合同认定登记 — technical contracts and their registration")
public class AmendmentResource {

    @Inject
    AfterRegistration registrations;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/amend")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "变更登记: amend a registered contract's amounts, non-technical items or buyer (the registering "
            + "point) → AMENDED, same number, ContractAmended")
    public ContractView amend(@PathParam("id") UUID id, @Valid @NotNull AmendRequest request) {
        List<NonTechnicalItem> items = request.nonTechnicalItems() == null ? null
                : request.nonTechnicalItems().stream()
                        .map(i -> new NonTechnicalItem(i.category(), i.description().strip(), i.amount())).toList();
        return registrations.amend(actor.get(), id, request.totalContractAmount(), items,
                request.buyer() == null ? null : request.buyer().uscc(), request.reason());
    }

    @POST
    @Path("/deregister")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "注销登记: cancel a registration, the contract rescinded or void (the registering point) → "
            + "DEREGISTERED, ContractDeregistered")
    public ContractView deregister(@PathParam("id") UUID id, @Valid @NotNull DeregisterRequest request) {
        return registrations.deregister(actor.get(), id, request.reason(), request.explanation());
    }

    @GET
    @Path("/amendments")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "The contract's 变更登记, first to last, with the facts before and after each (whoever may "
            + "read the contract)")
    public List<ContractAmendments.Amendment> amendments(@PathParam("id") UUID id) {
        return registrations.amendments(actor.get(), id);
    }

    @POST
    @Path("/objections")
    // a one-string record would also be read from a text/plain body (its String constructor): JSON only
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.ADMIN})
    @Operation(summary = "异议: a party of the contract, or an admin operating it (the tax or finance authority), "
            + "objects to a registration or a refusal; the registering point reviews it")
    public Response object(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
        ContractView view = registrations.raiseObjection(actor.get(), id, request.grounds());
        UUID objection = view.objections().get(view.objections().size() - 1).id();
        return Response.created(URI.create("/contracts/" + id + "/objections/" + objection)).entity(view).build();
    }

    @POST
    @Path("/objections/{objectionId}/resolve")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Decide an open 异议 (UPHELD or DISMISSED, with an explanation): the registering point; an "
            + "upheld objection is followed by amend or deregister")
    public ContractView resolve(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @Valid @NotNull ResolveObjectionRequest request) {
        return registrations.resolveObjection(actor.get(), id, objectionId, request.outcome(), request.explanation());
    }
}
