package gx.techmarket.directory.organisation;

import gx.techmarket.directory.organisation.Views.OpenPointView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a technical contract may be registered: open to anyone, read only. */
@Path("/public/registration-points")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registration points", description = "技术合同登记机构 open for registrations")
public class PublicRegistrationPointResource {

    @Inject
    OrganisationService service;

    @GET
    @Operation(summary = "The open registration points with their codes, in code order (no sign-in needed)")
    public Page<OpenPointView> open(@Valid @BeanParam Paging paging) {
        return service.openPoints(paging);
    }
}
