package gx.techmarket.portal.subsidy.payment;

import gx.techmarket.portal.subsidy.payment.PaymentViews.BatchRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.BatchView;
import gx.techmarket.portal.subsidy.payment.PaymentViews.PaidRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.ReceivableView;
import gx.techmarket.portal.subsidy.payment.PaymentViews.Reconciliation;
import gx.techmarket.portal.subsidy.payment.PaymentViews.RepaymentRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.Statement;
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

/** The subsidy service's payments (拨付), receivables, reconciliation and statements, called as the signed-in user. */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentClient {

    @GET
    @Path("/batches")
    List<BatchView> batches(@QueryParam("programme") String programme, @QueryParam("year") Integer year,
            @QueryParam("status") String status);

    @GET
    @Path("/batches/{id}")
    BatchView batch(@PathParam("id") UUID id);

    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    BatchView gather(BatchRequest request);

    @POST
    @Path("/batches/{id}/approve")
    BatchView approve(@PathParam("id") UUID id);

    @POST
    @Path("/batches/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    BatchView paid(@PathParam("id") UUID id, PaidRequest request);

    @GET
    @Path("/receivables")
    Page<ReceivableView> receivables(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/receivables/{id}")
    ReceivableView receivable(@PathParam("id") UUID id);

    @POST
    @Path("/receivables/{id}/repayment")
    @Consumes(MediaType.APPLICATION_JSON)
    ReceivableView repay(@PathParam("id") UUID id, RepaymentRequest request);

    @GET
    @Path("/programmes/{code}/{year}/reconciliation")
    Reconciliation reconciliation(@PathParam("code") String code, @PathParam("year") int year,
            @QueryParam("month") String month);

    @GET
    @Path("/statements/mine")
    Statement statement(@QueryParam("year") Integer year);
}
