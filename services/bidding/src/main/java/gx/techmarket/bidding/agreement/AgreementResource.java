package gx.techmarket.bidding.agreement;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 揭榜协议 API: the terms the counterparty and the winner of an awarded challenge agree on, and the milestones of the
 * project, answered by {@link AgreementService}. The bodies are JSON only ({@code @Consumes} on each method that
 * takes one; the bodyless {@code accept} declares none, as a client sends no type with no body): without it RESTEasy
 * Reactive builds a one-string record (a reason, a report) from a {@code text/plain} body through its String
 * constructor; a body without a Content-Type is refused 415 by the platform's {@code UnexpectedBodies} first.
 */
@Path("/challenges/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agreements", description = "揭榜协议 — the agreement between the counterparty and the winner")
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "The 揭榜协议 of an awarded challenge (NOT_DRAFTED until a party writes terms): its two "
            + "parties and the operator of its sub-market")
    public AgreementView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Write the terms (the first draft or a new revision, which resets both confirmations): "
            + "the counterparty or the winner, before the signature")
    public AgreementView write(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest request) {
        return service.write(actor.get(), id, request);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Confirm the revision read; the second party's confirmation signs the agreement "
            + "(AgreementSigned) and starts the project")
    public AgreementView confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmRequest request) {
        return service.confirm(actor.get(), id, request.revision());
    }

    @POST
    @Path("/milestones/{number}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "The winner reports the current milestone (the first not accepted): the experts check it")
    public AgreementView report(@PathParam("id") UUID id, @PathParam("number") int number,
            @Valid @NotNull MilestoneReport request) {
        return service.report(actor.get(), id, number, request.summary().strip());
    }

    @POST
    @Path("/milestones/{number}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The operator of the sub-market records the experts' check opinion on the reported milestone")
    public AgreementView check(@PathParam("id") UUID id, @PathParam("number") int number,
            @Valid @NotNull MilestoneCheck request) {
        return service.check(actor.get(), id, number, request.opinion().strip());
    }

    @POST
    @Path("/milestones/{number}/accept")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "验收: the operator accepts the checked milestone (MilestoneAccepted releases its support); "
            + "the last one completes the project")
    public AgreementView accept(@PathParam("id") UUID id, @PathParam("number") int number) {
        return service.accept(actor.get(), id, number);
    }

    @POST
    @Path("/milestones/{number}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The operator sends the reported milestone back with a reason; the winner reports it again")
    public AgreementView sendBack(@PathParam("id") UUID id, @PathParam("number") int number,
            @Valid @NotNull ReasonRequest request) {
        return service.sendBack(actor.get(), id, number, request.reason().strip());
    }

    @POST
    @Path("/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "终止: the operator ends a failed project with its reason; unreleased support is not paid")
    public AgreementView terminate(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.terminate(actor.get(), id, request.reason().strip());
    }
}
