package gx.techmarket.portal.registry;

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
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * The registry's files: an attachment uploaded (multipart) and downloaded, the 登记证明 PDF, and the public
 * verification of a certificate (no token needed; a signed-in user's is sent). Apart from the JSON clients: a file
 * has no schema for ClientContractsTest to check.
 */
@RegisterRestClient(configKey = "registry")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
public interface RegistryFiles {

    @POST
    @Path("/contracts/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    AttachmentView upload(@PathParam("id") UUID id, ClientMultipartForm form);

    @GET
    @Path("/contracts/{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/ofd", "application/octet-stream",
            "application/problem+json"})
    Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    @GET
    @Path("/contracts/{id}/certificate.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    Response certificate(@PathParam("id") UUID id);

    /** The facts of a certificate, for anyone with its number and verification code; else 404. */
    @GET
    @Path("/public/certificates/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    CertificateFacts verify(@PathParam("number") String number, @QueryParam("code") String code);
}
