package gx.techmarket.portal.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /results} and {@code PUT /results/{id}}. */
record ResultRequest(
        String title,
        String summary,
        String industry,
        String maturity,
        Integer trl,
        List<String> transferModes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        boolean priceNegotiable,
        List<String> patentNumbers,
        String regionCode) {}
