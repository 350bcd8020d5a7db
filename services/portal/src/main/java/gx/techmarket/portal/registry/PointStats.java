package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/** A registration point's counts and both amounts by month (China time) and type, registered and refused. */
@TemplateData
public record PointStats(String from, String to, List<Row> rows) {

    public PointStats {
        rows = rows == null ? List.of() : rows;
    }

    @TemplateData
    public record Row(String month, String contractType, long registered, long refused,
            BigDecimal totalContractAmount, BigDecimal technologyTransactionAmount) {}
}
