package gx.techmarket.portal.subsidy.claim;

import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** A claim's evidence uploaded (multipart) and downloaded; apart from the JSON client (a file has no schema). */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
public interface ClaimFiles {

    @POST
    @Path("/claims/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    ClaimView.EvidenceView upload(@PathParam("id") UUID id, ClientMultipartForm form);

    @GET
    @Path("/claims/{id}/evidence/{evidenceId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/ofd", "application/octet-stream",
            "application/problem+json"})
    Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId);
}
