package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/**
 * The 评审办法 published with a challenge, as its public page shows it: the price weight, the quality criteria with
 * their weights, and the formula in both languages.
 */
@TemplateData
public record MethodView(BigDecimal priceWeight, List<Criterion> criteria, String priceFormulaZh,
        String priceFormulaEn, String totalFormulaZh, String totalFormulaEn) {

    @TemplateData
    public record Criterion(int number, String nameZh, String nameEn, BigDecimal weight) {}
}
