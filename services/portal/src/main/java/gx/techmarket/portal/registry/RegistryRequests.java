package gx.techmarket.portal.registry;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies sent to the registry. */
final class RegistryRequests {

    private RegistryRequests() {}

    /** {@code demandId}: the buyer's published demand the contract answers, left out when none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Brokered(UUID resultId, String contractType, Buyer buyer, String title, UUID demandId) {}

    /** The buyer by its USCC; {@code external}, name and region only for an out-of-province buyer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Buyer(String uscc, Boolean external, String name, String region) {}

    record Filing(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            List<Item> nonTechnicalItems, LocalDate signedOn, String title, String technicalField) {}

    record Item(String category, String description,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {}

    record Correction(List<String> reasons) {}
}
