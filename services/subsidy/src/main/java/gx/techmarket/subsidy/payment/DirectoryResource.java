package gx.techmarket.subsidy.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The directory service's verified bank accounts ({@code GET /organisations/bank-accounts}), a REST client (named a
 * resource, since only resources may speak HTTP here), always with the caller's own bearer token.
 */
@RegisterRestClient(configKey = "directory")
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryResource {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(String uscc, String name, String bankName, String accountNumber, String accountName) {}

    @GET
    @Path("/organisations/bank-accounts")
    List<Account> getBankAccounts(@HeaderParam("Authorization") String authorization,
            @QueryParam("uscc") List<String> usccs);

    /** The verified accounts; the directory out of reach or refusing is 503 {@code DIRECTORY_UNAVAILABLE}. */
    default List<Account> bankAccounts(String bearer, List<String> usccs) {
        try {
            return getBankAccounts("Bearer " + bearer, usccs);
        } catch (WebApplicationException | ProcessingException e) {
            throw new ProblemException(503, "DIRECTORY_UNAVAILABLE");
        }
    }
}
