package gx.techmarket.directory.onboarding;

import gx.techmarket.directory.onboarding.OnboardingViews.MemberView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 成员: an organisation's users, managed by its own administrator (the membership role ORG_ADMIN the applicant got at
 * verification). The directory holds who belongs where; Keycloak is told (MembershipSync), and the users' next
 * tokens carry the organisation or no longer do.
 */
@Path("/organisations/{uscc}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "onboarding")
public class MemberResource {

    /** A colleague to add, by the e-mail of the market account it signed up with. */
    public record Invitation(@NotBlank @Email @Size(max = 200) String email) {}

    @Inject
    OnboardingService service;

    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    @Operation(summary = "The organisation's members (its administrators only)")
    public List<MemberView> members(@PathParam("uscc") String uscc) {
        return service.members(Newcomer.of(token), uscc);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Add the market user with this e-mail as a member (its administrators only)")
    public Response invite(@PathParam("uscc") String uscc, @Valid @NotNull Invitation invitation) {
        return Response.status(Response.Status.CREATED)
                .entity(service.invite(Newcomer.of(token), uscc, invitation.email())).build();
    }

    @DELETE
    @Path("/{userId}")
    @Authenticated
    @Operation(summary = "Remove a member (its administrators only; never the last administrator); the members left")
    public List<MemberView> remove(@PathParam("uscc") String uscc, @PathParam("userId") String userId) {
        Newcomer caller = Newcomer.of(token);
        service.remove(caller, uscc, userId);
        return service.members(caller, uscc);
    }
}
