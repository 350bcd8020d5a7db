package gx.techmarket.subsidy.voucher;

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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 创新券 API: rounds ({@code /voucher-rounds}) and vouchers ({@code /vouchers}). Every endpoint names who may call
 * it; the service checks which round or voucher the caller may touch (others: 404). The body endpoints declare no
 * {@code @Consumes}, so a body without a Content-Type is refused with 415 (as every service does).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vouchers", description = "创新券 — innovation voucher rounds, vouchers, providers and redemptions")
public class VoucherResource {

    @Inject
    VoucherService service;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/voucher-rounds")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a round of vouchers on a VOUCHER programme of the admin's sub-market: face value, "
            + "mode (TONGDUI 通兑 / TONGYONG 通用), fee share (≤ 0.50), application period and last day")
    public Response open(@Valid @NotNull RoundRequest request) {
        VoucherRoundView created = service.open(actor.get(), request);
        return Response.created(URI.create("/voucher-rounds/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/voucher-rounds")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The rounds of the admin's sub-market, newest first, with issued, redeemed and expired "
            + "totals")
    public Page<VoucherRoundView> rounds(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam Paging paging) {
        return service.list(actor.get(), year, paging);
    }

    @GET
    @Path("/voucher-rounds/{id}/vouchers")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The vouchers of a round of the admin's sub-market, newest first: holder, provider, state")
    public Page<VoucherView> vouchersOf(@PathParam("id") String id, @Valid @BeanParam Paging paging) {
        return service.vouchersOf(actor.get(), uuid(id, "VOUCHER_ROUND_NOT_FOUND"), paging);
    }

    @GET
    @Path("/voucher-rounds/open")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The rounds taking applications today whose sub-market covers the caller's organisation; "
            + "actions say whether it may apply")
    public List<VoucherRoundView> openRounds() {
        return service.openRounds(actor.get());
    }

    @POST
    @Path("/voucher-rounds/{id}/applications")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Apply for a voucher of the round: issued at once to a 科技型中小企业 (TECH_SME valid today in "
            + "the directory) of the round's sub-market that holds none of it, if the budget has its face value")
    public Response apply(@PathParam("id") String id) {
        VoucherView issued = service.apply(actor.get(), uuid(id, "VOUCHER_ROUND_NOT_FOUND"));
        return Response.created(URI.create("/vouchers/" + issued.id())).entity(issued).build();
    }

    @GET
    @Path("/vouchers/mine")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "The vouchers of the caller's enterprise, newest first")
    public Page<VoucherView> mine(@Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), paging);
    }

    @GET
    @Path("/vouchers/providers")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The 创新券服务机构 qualified today (INNOVATION_VOUCHER_PROVIDER in the directory), anywhere in "
            + "Guangxi, by region and name")
    public List<ProviderView> providers() {
        actor.get();
        return service.providers();
    }

    @GET
    @Path("/vouchers/redemptions/queue")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "The vouchers that chose the caller's organisation as provider and wait for its redemption, "
            + "oldest first")
    public Page<VoucherView> queue(@Valid @BeanParam Paging paging) {
        return service.queue(actor.get(), paging);
    }

    @GET
    @Path("/vouchers/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "One voucher: its holder, its chosen provider and the admins of its sub-market (others: 404)")
    public VoucherView get(@PathParam("id") String id) {
        return service.get(actor.get(), uuid(id, "VOUCHER_NOT_FOUND"));
    }

    @POST
    @Path("/vouchers/{id}/provider")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "The holder chooses (or changes) the 创新券服务机构 it buys the service from, anywhere in Guangxi")
    public VoucherView chooseProvider(@PathParam("id") String id, @Valid @NotNull ProviderRequest request) {
        return service.chooseProvider(actor.get(), uuid(id, "VOUCHER_NOT_FOUND"), request);
    }

    @POST
    @Path("/vouchers/{id}/redemption")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "The chosen provider redeems the voucher with the registered contract (provider sells, "
            + "holder buys) and the fee paid: min(face value, fee × fee share) is owed to the provider (通兑) or the "
            + "holder (通用), the rest goes back to the budget")
    public VoucherView redeem(@PathParam("id") String id, @Valid @NotNull RedemptionRequest request) {
        return service.redeem(actor.get(), uuid(id, "VOUCHER_NOT_FOUND"), request);
    }

    private static UUID uuid(String id, String notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFound);
        }
    }
}
