package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.directory.organisation.Views.HistoryEntry;
import gx.techmarket.directory.organisation.Views.OrganisationSummary;
import gx.techmarket.directory.organisation.Views.OrganisationView;
import gx.techmarket.directory.organisation.Views.VerifiedBankAccount;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.regions.RegionCode;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.security.UsccCode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 机构库 API. Every endpoint names who may call it; the service checks which organisation the caller may see or
 * change (an admin: those of its sub-market, as the directory holds its own organisation's region).
 *
 * <p>Every body is JSON ({@code @Consumes}): a body of another type is refused 415, and one without a type too
 * (platform UnexpectedBodies), so a reason sent as text is never taken for {@code {"reason": ...}}.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "机构库 — the directory of organisations")
public class OrganisationResource {

    static final String KINDS = "UNIVERSITY|INSTITUTE|ENTERPRISE|AGENCY|REGISTRY|GOVERNMENT|SOCIETY";
    static final String STATUSES = "APPLIED|VERIFIED|SUSPENDED";

    @Inject
    OrganisationService service;

    @Inject
    CurrentActor actor;

    @GET
    @Authenticated
    @Operation(summary = "Search the directory (the directory picker): every verified organisation, and for an admin "
            + "every one of its sub-market; q matches the name, English name or the start of the USCC; region finds "
            + "a province's, city's or county's; sort name (default), uscc or newest")
    public Page<OrganisationSummary> search(
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("kind") @Pattern(regexp = KINDS) String kind,
            @QueryParam("region") @RegionCode String region,
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = OrganisationOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.search(actor.get(), new Organisations.Search(q == null || q.isBlank() ? null : q,
                kind == null ? null : OrgKind.valueOf(kind), region,
                status == null ? null : OrganisationStatus.valueOf(status)), OrganisationOrder.of(sort), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enter an organisation of the caller's sub-market (申请中 until verified)")
    public Response create(@Valid @NotNull OrganisationRequest request) {
        OrganisationView created = service.create(actor.get(), request);
        return Response.created(URI.create("/organisations/" + created.uscc())).entity(created).build();
    }

    @GET
    @Path("/{uscc}")
    @Authenticated
    @Operation(summary = "One organisation with what the caller may do to it: verified ones for anyone signed in, "
            + "any for its own users and the admins of its sub-market")
    public OrganisationView get(@PathParam("uscc") String uscc) {
        return service.get(actor.get(), uscc);
    }

    @PUT
    @Path("/{uscc}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an organisation's names, kind, region or parent (a verified one's change is published)")
    public OrganisationView edit(@PathParam("uscc") String uscc, @Valid @NotNull OrganisationEdit request) {
        return service.edit(actor.get(), uscc, request);
    }

    @POST
    @Path("/{uscc}/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "核验: verify an application, or a suspended organisation again (its parent must be verified)")
    public OrganisationView verify(@PathParam("uscc") String uscc) {
        return service.verify(actor.get(), uscc);
    }

    @POST
    @Path("/{uscc}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "停用: suspend a verified organisation, with a reason (its registration point closes)")
    public OrganisationView suspend(@PathParam("uscc") String uscc, @Valid @NotNull ReasonRequest request) {
        return service.suspend(actor.get(), uscc, request.reason());
    }

    @GET
    @Path("/{uscc}/history")
    @Authenticated
    @Operation(summary = "Every change of an organisation, newest first: for its own users and the admins of its "
            + "sub-market")
    public Page<HistoryEntry> history(@PathParam("uscc") String uscc, @Valid @BeanParam Paging paging) {
        return service.history(actor.get(), uscc, paging);
    }

    @POST
    @Path("/{uscc}/qualifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a qualification with its number and validity period")
    public Response grant(@PathParam("uscc") String uscc, @Valid @NotNull QualificationRequest request) {
        OrganisationView view = service.grant(actor.get(), uscc, request);
        return Response.created(URI.create("/organisations/" + view.uscc())).entity(view).build();
    }

    @POST
    @Path("/{uscc}/qualifications/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a qualification before its end, with a reason")
    public OrganisationView revoke(@PathParam("uscc") String uscc, @PathParam("id") String id,
            @Valid @NotNull ReasonRequest request) {
        return service.revoke(actor.get(), uscc, id, request.reason());
    }

    @PUT
    @Path("/{uscc}/bank-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "Set the account payments go to (the organisation's own users or its admins); unverified "
            + "until an admin verifies it")
    public OrganisationView setBankAccount(@PathParam("uscc") String uscc,
            @Valid @NotNull BankAccountRequest request) {
        return service.setBankAccount(actor.get(), uscc, request);
    }

    @GET
    @Path("/bank-accounts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The verified bank accounts (已核验收款账户) of the verified organisations among up to 100 USCCs, "
            + "for paying subsidies (拨付): any admin, since a programme may pay a payee of another sub-market (a voucher "
            + "provider anywhere in Guangxi); an unknown organisation, or one without a verified account, is left out")
    public List<VerifiedBankAccount> verifiedBankAccounts(
            @QueryParam("uscc") @NotEmpty @Size(max = 100) List<@NotNull @UsccCode String> usccs) {
        actor.get();
        return service.verifiedBankAccounts(usccs);
    }

    @POST
    @Path("/{uscc}/bank-account/verify")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the organisation's bank account as it stands")
    public OrganisationView verifyBankAccount(@PathParam("uscc") String uscc) {
        return service.verifyBankAccount(actor.get(), uscc);
    }

    @POST
    @Path("/{uscc}/registration-point/open")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a verified 技术合同登记机构 for registrations under the code of its qualification")
    public OrganisationView openRegistrationPoint(@PathParam("uscc") String uscc) {
        return service.openRegistrationPoint(actor.get(), uscc);
    }

    @POST
    @Path("/{uscc}/registration-point/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a registration point, with a reason")
    public OrganisationView closeRegistrationPoint(@PathParam("uscc") String uscc,
            @Valid @NotNull ReasonRequest request) {
        return service.closeRegistrationPoint(actor.get(), uscc, request.reason());
    }
}
