package gx.techmarket.registry.ruleset;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recognition rule sets, with their periods, sources and what could not be confirmed. */
@Path("/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rule-sets", description = "认定规则 — the recognition rule sets by signing date")
public class RuleSetResource {

    @GET
    @Authenticated
    @Operation(summary = "Every recognition rule set, oldest first: period (by signing date), sources, contract "
            + "types and their recognised category, expert-review threshold, deadlines, number layout, and what is "
            + "unconfirmed")
    public List<RuleSet> all() {
        return RuleSets.all();
    }
}
