package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published demand as bidding knows it (from the demand service's events), the base of a challenge; its actions
 * ({@code challenge}: make a challenge of it) are bidding's.
 */
@TemplateData
public record KnownDemandView(
        UUID id,
        String title,
        String problem,
        String industry,
        String regionCode,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate deadline,
        List<String> cooperationModes,
        Party demander,
        Instant publishedAt,
        List<String> actions) implements Actionable {}
