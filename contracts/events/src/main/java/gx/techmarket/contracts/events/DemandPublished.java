package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 技术需求已发布: an operator published an enterprise's technical demand; or it is published again because the 揭榜挂帅
 * challenge that matched it was cancelled or failed (the same demand, a later {@code publishedAt}).
 *
 * @param demandId         the demand
 * @param title            需求名称
 * @param problem          技术难题
 * @param industry         industry code (open set)
 * @param budgetMin        预算下限 in 元, {@code null} when not stated
 * @param budgetMax        预算上限 in 元, not below {@code budgetMin}; {@code null} when not stated
 * @param deadline         截止日期
 * @param regionCode       the sub-market the demand is listed in
 * @param cooperationModes 合作方式, at least one
 * @param demander         需求方 (with its parent, if it is a subsidiary)
 * @param publishedAt      when it was (last) published
 * @param titleEn          英文名称 for the China–ASEAN platform's readers, {@code null} when none
 * @param problemEn        the 技术难题 in English, {@code null} when none
 */
@EventContract(type = "demand.DemandPublished.v1", topic = "demand.demands.v1", aggregateType = "Demand")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemandPublished(
        UUID demandId,
        String title,
        String problem,
        String industry,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        LocalDate deadline,
        String regionCode,
        List<CooperationMode> cooperationModes,
        Party demander,
        Instant publishedAt,
        String titleEn,
        String problemEn) implements DomainEvent {

    /** A demand published without English title and problem. */
    public DemandPublished(UUID demandId, String title, String problem, String industry, BigDecimal budgetMin,
            BigDecimal budgetMax, LocalDate deadline, String regionCode, List<CooperationMode> cooperationModes,
            Party demander, Instant publishedAt) {
        this(demandId, title, problem, industry, budgetMin, budgetMax, deadline, regionCode, cooperationModes,
                demander, publishedAt, null, null);
    }

    public DemandPublished {
        Require.present(demandId, "demandId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.text(problem, Require.TEXT_MAX, "problem");
        Require.code(industry, "industry");
        budgetMin = Money.ofNullable(budgetMin);
        budgetMax = Money.ofNullable(budgetMax);
        if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0) {
            throw new IllegalArgumentException(
                    "budgetMin " + budgetMin.toPlainString() + " exceeds budgetMax " + budgetMax.toPlainString());
        }
        Require.present(deadline, "deadline");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        cooperationModes = Require.nonEmptyDistinct(cooperationModes, "cooperationModes");
        Require.present(demander, "demander");
        Require.present(publishedAt, "publishedAt");
        Require.textIfPresent(titleEn, Require.NAME_MAX, "titleEn");
        Require.textIfPresent(problemEn, Require.TEXT_MAX, "problemEn");
    }

    @Override
    public String aggregateId() {
        return demandId.toString();
    }
}
