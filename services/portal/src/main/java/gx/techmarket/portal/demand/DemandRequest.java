package gx.techmarket.portal.demand;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /demands} and {@code PUT /demands/{id}}. */
record DemandRequest(
        String title,
        String problem,
        String industry,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes,
        String titleEn,
        String problemEn) {}
