package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration point's (or an admin's sub-market's points') counts and both amounts by month (China time) and
 * type: registered (those deregistered since counted apart and left out of the amounts) and refused, with the totals.
 */
@TemplateData
public record PointStats(LocalDate from, LocalDate to, String scope, List<Row> rows, Totals totals) {

    public PointStats {
        rows = rows == null ? List.of() : rows;
    }

    @TemplateData
    public record Row(String month, String contractType, long registered, long deregistered, long refused,
            BigDecimal totalContractAmount, BigDecimal technologyTransactionAmount) {}

    @TemplateData
    public record Totals(long registered, long deregistered, long refused, BigDecimal totalContractAmount,
            BigDecimal technologyTransactionAmount) {}
}
