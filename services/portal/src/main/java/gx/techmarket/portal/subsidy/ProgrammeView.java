package gx.techmarket.portal.subsidy;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/** A subsidy programme of one budget year with its budget, what is granted and what remains. */
@TemplateData
public record ProgrammeView(
        String code,
        int budgetYear,
        String rule,
        String name,
        String nameEn,
        String policyClause,
        BigDecimal rate,
        BigDecimal perContractCap,
        BigDecimal minimumBasis,
        List<String> eligibleCategories,
        BigDecimal budget,
        BigDecimal granted,
        BigDecimal remaining) {}
