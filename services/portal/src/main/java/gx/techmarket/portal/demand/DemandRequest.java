package gx.techmarket.portal.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /demands} and {@code PUT /demands/{id}}. */
record DemandRequest(
        String title,
        String problem,
        String industry,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<String> cooperationModes) {}
