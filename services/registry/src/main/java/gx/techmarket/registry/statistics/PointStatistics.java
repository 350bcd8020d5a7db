package gx.techmarket.registry.statistics;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registration point's (or a sub-market's points') counts and amounts over a period, by month (in China) and
 * contract type. Registrations count in the month of their registration; those deregistered since are counted in
 * {@code deregistered} and left out of the amounts (the amounts are those of registrations in force, amended ones
 * with their amended amounts). Refusals (不予登记) count in the month of the refusal.
 */
public record PointStatistics(
        LocalDate from,
        LocalDate to,
        @Schema(description = "The points counted: the registrar's own, or every point of the admin's sub-market")
        String scope,
        List<Row> rows,
        Totals totals) {

    /** One month and type. */
    public record Row(
            @Schema(description = "yyyy-MM, in China") String month,
            ContractType contractType,
            long registered,
            long deregistered,
            long refused,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount) {}

    /** The whole period. */
    public record Totals(
            long registered,
            long deregistered,
            long refused,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount) {

        static Totals of(List<Row> rows) {
            return new Totals(rows.stream().mapToLong(Row::registered).sum(),
                    rows.stream().mapToLong(Row::deregistered).sum(), rows.stream().mapToLong(Row::refused).sum(),
                    rows.stream().map(Row::totalContractAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    rows.stream().map(Row::technologyTransactionAmount)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        }
    }
}
