package gx.techmarket.portal.bidding.bid;

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

/**
 * A bid's PDF documents as files: uploaded (multipart, field {@code file}) and downloaded. Apart from the JSON client,
 * as the registry's files are: a file has no schema to check.
 */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
public interface BidFiles {

    @POST
    @Path("/bids/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    BidDocuments.Document upload(@PathParam("id") UUID id, ClientMultipartForm form);

    @GET
    @Path("/bids/{id}/documents/{documentId}")
    @Produces({"application/pdf", "application/octet-stream", "application/problem+json"})
    Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId);
}
