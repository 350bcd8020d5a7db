package gx.techmarket.directory.people;

import gx.techmarket.directory.people.PeopleViews.PublicBrokerView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.UsccCode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of 技术经理人: active brokers of verified organisations, with only the contact details they made public. */
@Path("/public/brokers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "brokers", description = "技术经理人 register")
public class PublicBrokerResource {

    @Inject
    PeopleService service;

    @GET
    @Operation(summary = "Active brokers with their public contact details (no sign-in needed); sort name or newest")
    public Page<PublicBrokerView> list(
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @QueryParam("agency") @UsccCode String agency,
            @QueryParam("field") @Pattern(regexp = BrokerRequest.INDUSTRY) String field,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = PersonOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.publicBrokers(BrokerResource.search(q, agency, field, null), PersonOrder.of(sort), paging);
    }
}
