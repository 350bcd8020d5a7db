package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * 登记证明核验: the page the certificate's QR code and printed link open, for anyone, without signing in. It shows
 * the facts the registry confirms for the number and its verification code and nothing else; a wrong number or code
 * is 404 with the same page (so numbers cannot be told apart from codes).
 */
@Path("/verify")
@Produces(Pages.HTML)
@Blocking
public class VerifyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String number, Section<CertificateFacts> certificate);
    }

    @Inject
    @RestClient
    RegistryFiles files;

    @Inject
    Pages pages;

    @GET
    @Path("/{number}")
    public Response verify(@PathParam("number") String number, @QueryParam("code") String code) {
        boolean plausible = number != null && number.matches("[0-9A-Za-z-]{1,32}") && code != null
                && code.matches("[0-9A-Za-z]{1,64}");
        Section<CertificateFacts> certificate = plausible ? Section.load(() -> files.verify(number, code))
                : new Section<>(null, null, false);
        boolean found = certificate.ok() && certificate.value() != null;
        return pages.status(found ? 200 : certificate.unavailable() ? 503 : 404,
                Templates.verify(number, certificate));
    }
}
