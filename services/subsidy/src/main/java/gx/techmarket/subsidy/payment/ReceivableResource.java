package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 应收追回款 API: what beneficiaries owe back after a paid grant was reversed, and its repayments. */
@Path("/receivables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "receivables", description = "应收追回款 — receivables and repayments")
public class ReceivableResource {

    @Inject
    ReceivableService service;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The receivables of the admin's sub-market (the beneficiary's region), newest first, "
            + "filtered by programme, beneficiary or status")
    public Page<ReceivableView> search(
            @QueryParam("programme") @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String programme,
            @QueryParam("beneficiary") @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
            String beneficiary,
            @QueryParam("status") @Pattern(regexp = "OPEN|SETTLED") String status,
            @Valid @BeanParam Paging paging) {
        return service.search(actor.get(), programme, beneficiary,
                status == null ? null : Receivable.Status.valueOf(status), paging);
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "What the caller's organisation owes back, newest first")
    public Page<ReceivableView> mine(@Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "One receivable: its beneficiary's users and the admins of its sub-market (others get 404)")
    public ReceivableView get(@PathParam("id") String id) {
        return service.get(actor.get(), uuid(id));
    }

    @POST
    @Path("/{id}/repayment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a repayment received by the programme's bank account (REPAYMENT: Dr BANK, Cr "
            + "RECEIVABLE), at most what is outstanding and not set aside for a batch")
    public ReceivableView repay(@PathParam("id") String id, @Valid @NotNull RepaymentRequest request) {
        return service.repay(actor.get(), uuid(id), request);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("RECEIVABLE_NOT_FOUND");
        }
    }
}
