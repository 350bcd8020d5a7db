package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 应享补助 API. Every endpoint names who may call it; the service checks whose entitlement they may see. */
@Path("/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entitlements", description = "应享补助 — entitlements derived from registered contracts")
public class EntitlementResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    EntitlementService service;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The entitlements of the caller's organisation, in every state; sort newest (default), oldest "
            + "or amount (highest first)")
    public Page<EntitlementView> mine(
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = EntitlementOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging,
            @Context HttpHeaders headers) {
        return service.mine(actor.get(), EntitlementOrder.of(sort), paging, locale(headers));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The entitlements of the admin's sub-market (beneficiary's region), filtered by programme, "
            + "budget year, status, beneficiary or contract; sort newest (default), oldest or amount (highest first)")
    public Page<EntitlementView> search(
            @QueryParam("programme") @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
            String programme,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") @Pattern(regexp = "GRANTED|WAITING_FOR_BUDGET|REVERSED|WITHDRAWN|CLAIMABLE")
            String status,
            @QueryParam("beneficiary") @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
            String beneficiary,
            @QueryParam("contractId") @Pattern(regexp = UUID_PATTERN) String contractId,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = EntitlementOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging,
            @Context HttpHeaders headers) {
        return service.search(actor.get(), new EntitlementRepository.Filter(programme, year,
                status == null ? null : EntitlementStatus.valueOf(status), beneficiary,
                contractId == null ? null : UUID.fromString(contractId)), EntitlementOrder.of(sort), paging,
                locale(headers));
    }

    @GET
    @Path("/refusals")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "不予补助: the refusals of the admin's sub-market (the would-be beneficiary's region as of the "
            + "registration), filtered by contract or programme; each with its reason (code and text in the caller's "
            + "language) and the directory's facts it rests on; sort newest (default) or oldest")
    public Page<RefusalView> refusals(
            @QueryParam("contractId") @Pattern(regexp = UUID_PATTERN) String contractId,
            @QueryParam("programme") @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
            String programme,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = RefusalOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging,
            @Context HttpHeaders headers) {
        return service.refusals(actor.get(), contractId == null ? null : UUID.fromString(contractId), programme,
                RefusalOrder.of(sort), paging, locale(headers));
    }

    @GET
    @Path("/refusals/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "不予补助: the refusals of contracts the caller's organisation was seller, buyer or "
            + "intermediary of, with their reasons and facts; sort newest (default) or oldest")
    public Page<RefusalView> myRefusals(
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = RefusalOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging,
            @Context HttpHeaders headers) {
        return service.myRefusals(actor.get(), RefusalOrder.of(sort), paging, locale(headers));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "One entitlement with its explanation (structured, and in words in the caller's language): "
            + "its beneficiary's users and the admins of its sub-market only (others get 404)")
    public EntitlementView get(@PathParam("id") String id, @Context HttpHeaders headers) {
        return service.get(actor.get(), uuid(id, "ENTITLEMENT_NOT_FOUND"), locale(headers));
    }

    @GET
    @Path("/refusals/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "不予补助: one refusal with its explanation clause by clause (why nothing): the users of the "
            + "organisations it concerns (the contract's seller, buyer, intermediary; the qualification's holder) and "
            + "the admins of its sub-market only (others get 404)")
    public RefusalView refusal(@PathParam("id") String id, @Context HttpHeaders headers) {
        return service.refusal(actor.get(), uuid(id, "REFUSAL_NOT_FOUND"), locale(headers));
    }

    /** The id in the path, or 404 {@code notFound} (an id that cannot exist names nothing the caller may see). */
    private static UUID uuid(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFound);
        }
    }

    /** The caller's language for texts in a response (zh-CN unless it accepts en first; a malformed header: zh-CN). */
    private static Locale locale(HttpHeaders headers) {
        try {
            return Messages.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.ZH_CN;
        }
    }
}
