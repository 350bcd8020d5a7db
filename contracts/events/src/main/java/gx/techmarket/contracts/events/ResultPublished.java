package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 科技成果已发布: an operator published a result in the catalogue.
 *
 * @param resultId        the result
 * @param title           成果名称
 * @param summary         摘要
 * @param industry        industry code (open set, e.g. {@code SUGAR})
 * @param maturity        技术成熟度
 * @param trl             technology readiness level 1 to 9, {@code null} when not given
 * @param transferModes   转化方式, at least one
 * @param askingPrice     意向价格 in 元; {@code null} exactly when {@code priceNegotiable}
 * @param priceNegotiable 面议
 * @param patentNumbers   专利号 of the patents behind the result, possibly empty
 * @param holder          成果持有方
 * @param regionCode      the sub-market the result is listed in
 * @param publishedAt     when it was published
 * @param patents         知识产权: the rights behind the result with kind and status (added in v1; absent from
 *                        events of producers before it); {@code patentNumbers} lists the granted-format patent
 *                        numbers among them
 * @param titleEn         英文名称: the title in English for the China–ASEAN platform's readers, {@code null} when none
 * @param summaryEn       英文摘要, {@code null} when none
 */
@EventContract(type = "catalogue.ResultPublished.v1", topic = "catalogue.results.v1", aggregateType = "Result")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultPublished(
        UUID resultId,
        String title,
        String summary,
        String industry,
        Maturity maturity,
        Integer trl,
        List<TransferMode> transferModes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        boolean priceNegotiable,
        List<String> patentNumbers,
        Party holder,
        String regionCode,
        Instant publishedAt,
        List<Patent> patents,
        String titleEn,
        String summaryEn) implements DomainEvent {

    public ResultPublished {
        Require.present(resultId, "resultId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.text(summary, Require.TEXT_MAX, "summary");
        Require.code(industry, "industry");
        Require.present(maturity, "maturity");
        if (trl != null && (trl < 1 || trl > 9)) {
            throw new IllegalArgumentException("trl " + trl + " is not between 1 and 9");
        }
        transferModes = Require.nonEmptyDistinct(transferModes, "transferModes");
        askingPrice = Money.ofNullable(askingPrice);
        if (priceNegotiable == (askingPrice != null)) {
            throw new IllegalArgumentException(priceNegotiable
                    ? "a negotiable (面议) result has no asking price"
                    : "a result that is not negotiable needs an asking price");
        }
        patentNumbers = Require.distinct(patentNumbers, "patentNumbers");
        patentNumbers.forEach(n -> Require.matches(n, Codes.PATENT_NUMBER, "patentNumbers"));
        Require.present(holder, "holder");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(publishedAt, "publishedAt");
        Require.textIfPresent(titleEn, Require.NAME_MAX, "titleEn");
        Require.textIfPresent(summaryEn, Require.TEXT_MAX, "summaryEn");
        if (patents != null) {
            patents = Require.distinct(patents, "patents");
            if (patents.stream().map(Patent::number).distinct().count() < patents.size()) {
                throw new IllegalArgumentException("patents: a number is listed twice");
            }
        }
    }

    /** A result published without English title and summary. */
    public ResultPublished(UUID resultId, String title, String summary, String industry, Maturity maturity, Integer trl,
            List<TransferMode> transferModes, BigDecimal askingPrice, boolean priceNegotiable,
            List<String> patentNumbers, Party holder, String regionCode, Instant publishedAt, List<Patent> patents) {
        this(resultId, title, summary, industry, maturity, trl, transferModes, askingPrice, priceNegotiable,
                patentNumbers, holder, regionCode, publishedAt, patents, null, null);
    }

    /** A result published without the details of its rights (as producers before {@code patents} wrote it). */
    public ResultPublished(UUID resultId, String title, String summary, String industry, Maturity maturity, Integer trl,
            List<TransferMode> transferModes, BigDecimal askingPrice, boolean priceNegotiable,
            List<String> patentNumbers, Party holder, String regionCode, Instant publishedAt) {
        this(resultId, title, summary, industry, maturity, trl, transferModes, askingPrice, priceNegotiable,
                patentNumbers, holder, regionCode, publishedAt, null, null, null);
    }

    @Override
    public String aggregateId() {
        return resultId.toString();
    }
}
