package gx.techmarket.registry.contract;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.registry.filing.AssessRequest;
import gx.techmarket.registry.filing.FilingRequest;
import gx.techmarket.registry.filing.Precheck;
import gx.techmarket.registry.filing.PrecheckRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Filing by the seller itself, 预审 and 核定 (the same {@code /contracts} resource as {@link ContractResource}; no
 * {@code @Consumes}, for the reason given there).
 */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "技术合同认定登记 — technical contracts and their registration")
public class FilingResource {

    @Inject
    FilingService service;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "File the caller's organisation's own contract, as its seller, as a draft (any subtype, "
            + "with its details); submit files it")
    public Response file(@Valid @NotNull FilingRequest request) {
        ContractView created = service.file(actor.get(), request);
        return Response.created(URI.create("/contracts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "Edit a filing the caller's organisation made, while a draft or returned for correction "
            + "(the whole filing again)")
    public ContractView edit(@PathParam("id") UUID id, @Valid @NotNull FilingRequest request) {
        return service.edit(actor.get(), id, request);
    }

    @POST
    @Path("/precheck")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR})
    @Operation(summary = "预审: the suggested subtype with its reason, the documents to attach, the amounts, the rule "
            + "set and deadline, and warnings, for a contract about to be filed (nothing is stored)")
    public Precheck precheck(@Valid @NotNull PrecheckRequest request) {
        return service.precheck(actor.get(), request);
    }

    @GET
    @Path("/{id}/precheck")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "预审 of a contract the caller may read, as it stands")
    public Precheck precheckOf(@PathParam("id") UUID id) {
        return service.precheck(actor.get(), id);
    }

    @POST
    @Path("/{id}/assess")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "核定: recognise the non-technical items (deducted) and carriers (not deducted) of a filing "
            + "under examination, with the reason (the handling point)")
    public ContractView assess(@PathParam("id") UUID id, @Valid @NotNull AssessRequest request) {
        return service.assess(actor.get(), id, request);
    }
}
