package gx.techmarket.statistics.open;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published 科技成果 or 技术需求 as open data: what its publication made public, nothing more — no contact, no person,
 * nothing of a draft, a review or a sealed bid.
 *
 * @param id          the listing
 * @param kind        {@code RESULT} or {@code DEMAND}
 * @param title       名称
 * @param summary     a result's 摘要, a demand's problem
 * @param industry    行业 code
 * @param regionCode  the Guangxi region it is listed in (GB/T 2260)
 * @param ownerName   the holding or demanding organisation
 * @param ownerUscc   its 统一社会信用代码 (public registration data of an organisation)
 * @param ownerKind   its kind
 * @param maturity    a result's maturity
 * @param modes       a result's transfer modes, a demand's cooperation modes
 * @param askingPrice a result's asking price in 元, {@code null} when 面议
 * @param budgetMin   a demand's budget from, in 元
 * @param budgetMax   a demand's budget up to, in 元
 * @param deadline    a demand's deadline
 * @param publishedAt when it was (last) published
 * @param titleEn     英文名称, {@code null} when the publication gave none
 * @param summaryEn   英文摘要 (a demand's problem in English), {@code null} when none
 */
@Schema(description = "A published listing as open data")
public record OpenListing(UUID id, String kind, String title, String summary, String industry, String regionCode,
        String ownerName, String ownerUscc, String ownerKind, String maturity, List<String> modes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal askingPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax, LocalDate deadline, Instant publishedAt,
        String titleEn, String summaryEn) {}
