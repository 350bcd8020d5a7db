package gx.techmarket.registry.certificate;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.contract.AfterRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of a 登记证明 (no sign-in), by the number and the code printed on it: the certificate's
 * facts, for anyone holding it (a tax office, a bank, the other party's auditor). The portal's {@code /verify} page
 * shows this.
 */
@Path("/public/certificates")
@Tag(name = "certificates", description = "登记证明 — the registration certificate and its public verification")
public class VerificationResource {

    @Inject
    AfterRegistration registrations;

    @GET
    @Path("/{registrationNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Public verification of a 登记证明 by its number and verification code (no sign-in): the "
            + "facts printed on it; a wrong number or code is 404 CERTIFICATE_NOT_FOUND")
    public VerificationView verify(
            @PathParam("registrationNumber") @Pattern(regexp = "[0-9]{14,16}") String registrationNumber,
            @QueryParam("code") @NotNull @Pattern(regexp = "[0-9A-Za-z]{16}") String code) {
        return registrations.verify(registrationNumber, code.toUpperCase(Locale.ROOT))
                .map(VerificationView::of)
                .orElseThrow(() -> ProblemException.notFound("CERTIFICATE_NOT_FOUND"));
    }
}
