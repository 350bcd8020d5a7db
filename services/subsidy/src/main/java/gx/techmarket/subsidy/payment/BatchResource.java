package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 拨付批次 API: payment batches, for the admins who run the programme. */
@Path("/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "batches", description = "拨付批次 — payment batches, payment files and payments")
public class BatchResource {

    @Inject
    BatchService service;

    @Inject
    CurrentActor actor;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Gather the programme-year's unpaid items into a new batch, one line per payee with its "
            + "verified bank account from the directory; payees without one are held out with the reason")
    public Response create(@Valid @NotNull BatchRequest request, @Context HttpHeaders headers) {
        BatchView created = service.create(actor.get(), token.getRawToken(), request.programmeCode(),
                request.budgetYear(), locale(headers));
        return Response.created(URI.create("/batches/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The batches of the programmes the admin runs, newest first, filtered by programme, year or "
            + "status")
    public List<BatchView> list(
            @QueryParam("programme") @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String programme,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") @Pattern(regexp = "DRAFT|APPROVED|PAID") String status,
            @Context HttpHeaders headers) {
        return service.list(actor.get(), programme, year, status == null ? null : BatchStatus.valueOf(status),
                locale(headers));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One batch with its payees, held-out payees and actions (others get 404)")
    public BatchView get(@PathParam("id") String id, @Context HttpHeaders headers) {
        return service.get(actor.get(), uuid(id), locale(headers));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Approve a draft batch as it stands")
    public BatchView approve(@PathParam("id") String id, @Context HttpHeaders headers) {
        return service.approve(actor.get(), uuid(id), locale(headers));
    }

    @GET
    @Path("/{id}/payment-file.xlsx")
    @Produces(PaymentFile.CONTENT_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "拨付文件: the approved batch as an .xlsx, one row per payee the bank pays (name, USCC, "
            + "verified account, amount, 大写, reference)")
    public Response paymentFile(@PathParam("id") String id) {
        UUID batch = uuid(id);
        byte[] file = service.paymentFile(actor.get(), batch);
        return Response.ok(file, PaymentFile.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"payment-" + batch + ".xlsx\"").build();
    }

    @POST
    @Path("/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record the bank's payment of an approved batch (PAYMENT entries; twice is 409 "
            + "BATCH_ALREADY_PAID)")
    public BatchView paid(@PathParam("id") String id, @Valid @NotNull PaidRequest request,
            @Context HttpHeaders headers) {
        return service.markPaid(actor.get(), uuid(id), request, locale(headers));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("BATCH_NOT_FOUND");
        }
    }

    static Locale locale(HttpHeaders headers) {
        try {
            return Messages.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.ZH_CN;
        }
    }
}
