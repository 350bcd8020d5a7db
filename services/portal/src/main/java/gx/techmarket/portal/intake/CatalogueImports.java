package gx.techmarket.portal.intake;

import gx.techmarket.portal.web.ServiceCallFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** The catalogue's bulk import of results, as the signed-in user: a file, not JSON (ClientContractsTest skips it). */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ImportProblemMapper.class)
@Path("/results/import")
public interface CatalogueImports {

    @GET
    @Path("/template")
    @Produces({ImportPages.XLSX, "application/problem+json"})
    Response template();

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    ImportedFile upload(ClientMultipartForm form);
}
