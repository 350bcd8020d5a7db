package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The subsidy service's 创新券 API, called as the signed-in user. */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VoucherClient {

    @POST
    @Path("/voucher-rounds")
    VoucherRoundView openRound(VoucherRequests.NewRound request);

    @GET
    @Path("/voucher-rounds")
    Page<VoucherRoundView> rounds(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/voucher-rounds/{id}/vouchers")
    Page<VoucherView> vouchersOf(@PathParam("id") UUID roundId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/voucher-rounds/open")
    List<VoucherRoundView> openRounds();

    @POST
    @Path("/voucher-rounds/{id}/applications")
    VoucherView apply(@PathParam("id") UUID roundId);

    @GET
    @Path("/vouchers/mine")
    Page<VoucherView> mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/vouchers/providers")
    List<ProviderView> providers();

    @GET
    @Path("/vouchers/redemptions/queue")
    Page<VoucherView> queue(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/vouchers/{id}")
    VoucherView voucher(@PathParam("id") UUID id);

    @POST
    @Path("/vouchers/{id}/provider")
    VoucherView chooseProvider(@PathParam("id") UUID id, VoucherRequests.Provider request);

    @POST
    @Path("/vouchers/{id}/redemption")
    VoucherView redeem(@PathParam("id") UUID id, VoucherRequests.Redemption request);
}
