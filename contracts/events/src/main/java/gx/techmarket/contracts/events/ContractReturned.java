package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 技术合同退回补正: a registration point returned a filed contract to its seller for correction, with its reasons.
 * The seller files again (or not); nothing is registered until then.
 *
 * @param contractId        the contract
 * @param title             合同名称 as filed
 * @param contractType      合同类型
 * @param seller            卖方, who filed it and must correct it
 * @param buyer             买方
 * @param intermediary      中介方, {@code null} when none
 * @param registrationPoint the registration point that returned it
 * @param reasons           the registrar's reasons, in order, at least one
 * @param returnedAt        when it was returned
 */
@EventContract(type = "registry.ContractReturned.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractReturned(
        UUID contractId,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        RegistrationPoint registrationPoint,
        List<String> reasons,
        Instant returnedAt) implements DomainEvent {

    static final int REASONS_MAX = 20;

    public ContractReturned {
        Require.present(contractId, "contractId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        Require.present(registrationPoint, "registrationPoint");
        Require.present(reasons, "reasons");
        if (reasons.isEmpty() || reasons.size() > REASONS_MAX) {
            throw new IllegalArgumentException("reasons must have 1 to " + REASONS_MAX + " items");
        }
        reasons.forEach(r -> Require.text(r, Require.TEXT_MAX, "reasons[]"));
        reasons = List.copyOf(reasons);
        Require.present(returnedAt, "returnedAt");
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
