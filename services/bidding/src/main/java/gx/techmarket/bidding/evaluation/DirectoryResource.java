package gx.techmarket.bidding.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The directory service's resources the evaluation calls (a REST client, as the registry's review does), always with
 * the caller's own bearer token, so the directory applies its own rules: an operator may draw a panel, an expert
 * reads its own entry. The default methods turn the directory's refusals into this service's problems.
 */
@RegisterRestClient(configKey = "directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryResource {

    /** The panel request of the directory ({@code POST /panels}). */
    record PanelDraw(String purpose, String subjectId, String field, int size, List<String> parties, Long seed) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Drawn(String expertId, String name, String organisationUscc, String organisationName) {}

    /** An expert avoided for a party, and why, as the directory recorded it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Avoided(String expertId, String name, String organisationUscc, String partyUscc, String reason,
            String relation, String declaredUscc, String declaredKind) {}

    /** What the evaluation keeps of a drawn panel; the directory keeps the whole record under {@code id}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DrawnPanel(String id, long seed, List<Drawn> drawn, List<Avoided> avoided) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExpertEntry(String id, String name) {}

    @POST
    @Path("/panels")
    @Consumes(MediaType.APPLICATION_JSON)
    DrawnPanel postPanel(@HeaderParam("Authorization") String authorization, PanelDraw request);

    @GET
    @Path("/experts/me")
    ExpertEntry getMe(@HeaderParam("Authorization") String authorization);

    /** Draws a panel; too few eligible experts is 409 {@code NOT_ENOUGH_EXPERTS} with the directory's detail. */
    default DrawnPanel draw(String bearer, PanelDraw request) {
        try {
            return postPanel("Bearer " + bearer, request);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                throw ProblemException.conflict("NOT_ENOUGH_EXPERTS", detail(e)).withField("size", "NOT_ENOUGH_EXPERTS");
            }
            throw ProblemException.conflict("DIRECTORY_REFUSED_PANEL", detail(e));
        }
    }

    /** The caller's expert entry; empty when the directory links none to the caller's account. */
    default Optional<ExpertEntry> me(String bearer) {
        try {
            return Optional.of(getMe("Bearer " + bearer));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String detail(WebApplicationException e) {
        try {
            JsonNode body = e.getResponse().readEntity(JsonNode.class);
            return body.path("detail").asText(String.valueOf(e.getResponse().getStatus()));
        } catch (RuntimeException unreadable) {
            return String.valueOf(e.getResponse().getStatus());
        }
    }
}
