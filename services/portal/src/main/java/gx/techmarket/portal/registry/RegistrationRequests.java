package gx.techmarket.portal.registry;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Bodies sent to the registry's filing, review and after-registration endpoints (issue 15). */
final class RegistrationRequests {

    private RegistrationRequests() {}

    /** {@code POST /contracts} and {@code PUT /contracts/{id}}: the caller's organisation files as the seller. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Filing(String contractType, String title, String subject, String description, LocalDate signedOn,
            LocalDate performanceFrom, LocalDate performanceTo,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            List<RegistryRequests.Item> nonTechnicalItems, List<Carrier> carriers, Counterparty counterparty,
            String intermediaryUscc, @JsonProperty("import") Boolean importContract,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inventorRewardShare,
            Map<String, Object> details, String technicalField) {}

    /** {@code {uscc}} from the directory, {@code {external, name, region}} or {@code {foreign, name, country}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Counterparty(String uscc, Boolean external, Boolean foreign, String name, String region,
            String country) {}

    record Carrier(String kind, String description, int quantity) {}

    /** {@code POST /contracts/precheck}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Precheck(String subject, String description, String clauses, String contractType,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            List<RegistryRequests.Item> nonTechnicalItems, LocalDate signedOn, String sellerKind,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal inventorRewardShare) {}

    /** 核定: the recognised items replace the filed ones. */
    record Assessment(List<RegistryRequests.Item> nonTechnicalItems, List<Carrier> carriers, String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StartReview(String reason, String field, Integer size) {}

    record Opinion(String conclusion, String opinion) {}

    record Refusal(List<String> grounds, String explanation) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Amendment(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
            List<RegistryRequests.Item> nonTechnicalItems, String reason) {}

    record Deregistration(String reason, String explanation) {}

    record Objection(String grounds) {}

    record Resolution(String outcome, String explanation) {}

    record Calendar(String source, LocalDate publishedOn, List<CalendarView.Day> days) {}
}
