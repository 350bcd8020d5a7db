package gx.techmarket.registry.certificate;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.registry.contract.AfterRegistration;
import gx.techmarket.registry.contract.RegistrationRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 登记证明: the certificate PDF for those who may have it. The verification URL printed on it (and in its QR code)
 * is the portal's public page ({@code /verify/{number}?code=}), which reads {@link VerificationResource}. The class
 * has the endpoint's whole path: RESTEasy Reactive routes by the best-matching class path first.
 */
@Path("/contracts/{id}/certificate.pdf")
@Tag(name = "certificates", description = "登记证明 — the registration certificate and its public verification")
public class CertificateResource {

    @Inject
    AfterRegistration registrations;

    @Inject
    CurrentActor actor;

    @ConfigProperty(name = "techmarket.registry.verification-base-url")
    String verificationBaseUrl;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "登记证明 (PDF) of a registered contract: its parties, the registering point, admins operating it")
    public Response pdf(@PathParam("id") UUID id) {
        RegistrationRecord record = registrations.certificate(actor.get(), id);
        byte[] pdf = CertificatePdf.render(record, verificationUrl(record));
        String name = "登记证明-" + record.registrationNumber() + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + record.registrationNumber()
                        + ".pdf\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The portal's verification page of {@code record}, printed and encoded in the QR code. */
    String verificationUrl(RegistrationRecord record) {
        String base = verificationBaseUrl.endsWith("/") ? verificationBaseUrl.substring(0, verificationBaseUrl.length() - 1)
                : verificationBaseUrl;
        return base + "/verify/" + record.registrationNumber() + "?code=" + record.verificationCode();
    }
}
