package gx.techmarket.portal.onboarding;

import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * An application's supporting document as the directory serves it: bytes (PDF, JPEG or PNG), passed on to the
 * admin's browser as they are. Apart from OnboardingClient because it is no JSON: ClientContractsTest checks the JSON
 * that clients read and send against the provider's schemas, and a file has none.
 */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
public interface DocumentClient {

    @GET
    @Path("/applications/{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    Response document(@PathParam("id") String id, @PathParam("documentId") String documentId);
}
