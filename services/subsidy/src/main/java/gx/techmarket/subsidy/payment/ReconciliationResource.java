package gx.techmarket.subsidy.payment;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 对账 API: a programme-year's accounts over a month, for the admins who run the programme. */
@Path("/programmes/{code}/{year}/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes", description = "补助项目 — subsidy programmes and budgets")
public class ReconciliationResource {

    @Inject
    ProgrammeAccess programmes;

    @Inject
    LedgerReports reports;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "对账: opening and closing balances of BUDGET, PAYABLE, BANK, RECEIVABLE and VOUCHER (and "
            + "APPROPRIATION), the month's movements by kind of entry, and the checks that they add up")
    public Reconciliation reconcile(
            @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") String code,
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("month") @NotNull @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])") String month) {
        programmes.require(actor.get(), code, year);
        return reports.reconcile(code, year, YearMonth.parse(month));
    }
}
