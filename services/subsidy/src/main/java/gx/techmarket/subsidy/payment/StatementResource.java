package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 对账单 API: a beneficiary's subsidies over a year, entry by entry, as JSON or .xlsx. */
@Path("/statements")
@Tag(name = "statements", description = "对账单 — statements per beneficiary and year")
public class StatementResource {

    private static final String USCC = "{uscc: [0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}}";

    @Inject
    StatementService service;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @GET
    @Path("/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The caller's organisation's statement of the year (default: this year in China time)")
    public Statement mine(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.mine(actor.get(), year(year));
    }

    @GET
    @Path("/mine.xlsx")
    @Produces(PaymentFile.CONTENT_TYPE)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    @Operation(summary = "The caller's organisation's statement of the year as .xlsx")
    public Response mineXlsx(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return xlsx(service.mine(actor.get(), year(year)));
    }

    @GET
    @Path("/" + USCC)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A beneficiary's statement of the year: admins of its sub-market (others get 404)")
    public Statement of(@PathParam("uscc") String uscc, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.of(actor.get(), uscc, year(year));
    }

    @GET
    @Path("/" + USCC + ".xlsx")
    @Produces(PaymentFile.CONTENT_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A beneficiary's statement of the year as .xlsx: admins of its sub-market")
    public Response ofXlsx(@PathParam("uscc") String uscc, @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return xlsx(service.of(actor.get(), uscc, year(year)));
    }

    private int year(Integer year) {
        return year != null ? year : MarketClock.today(clock).getYear();
    }

    private static Response xlsx(Statement statement) {
        return Response.ok(StatementFile.write(statement), PaymentFile.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"statement-" + statement.beneficiaryUscc()
                        + "-" + statement.year() + ".xlsx\"").build();
    }
}
