package gx.techmarket.portal.subsidy.payment;

import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The subsidy service's .xlsx files: a batch's payment file and the caller's statement (no schema to check). */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
public interface PaymentFiles {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/batches/{id}/payment-file.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response paymentFile(@PathParam("id") UUID id);

    @GET
    @Path("/statements/mine.xlsx")
    @Produces({XLSX, "application/problem+json"})
    Response statement(@QueryParam("year") Integer year);
}
