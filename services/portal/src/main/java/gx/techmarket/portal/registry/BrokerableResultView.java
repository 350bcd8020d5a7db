package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A published result as the registry knows it; {@code brokered} among its actions: the caller may draft a contract. */
@TemplateData
public record BrokerableResultView(
        UUID resultId,
        String title,
        Party holder,
        List<String> transferModes,
        BigDecimal askingPrice,
        boolean withdrawn,
        List<String> actions) implements Actionable {}
