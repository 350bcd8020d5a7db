package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 不予登记: a registration point refused to register a filed contract, on grounds from the official list, and the
 * filing is stamped 未予登记. Final: the parties may file a new contract, not this one again.
 *
 * @param contractId        the contract
 * @param title             合同名称 as filed
 * @param contractType      合同类型 as filed
 * @param seller            卖方
 * @param buyer             买方
 * @param intermediary      中介方, {@code null} when none
 * @param registrationPoint the point that refused it
 * @param grounds           the grounds, at least one, distinct
 * @param explanation       the registrar's explanation to the parties
 * @param refusedAt         when it was refused
 */
@EventContract(type = "registry.ContractRefused.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractRefused(
        UUID contractId,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        RegistrationPoint registrationPoint,
        List<RefusalGround> grounds,
        String explanation,
        Instant refusedAt) implements DomainEvent {

    public ContractRefused {
        Require.present(contractId, "contractId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        Require.present(registrationPoint, "registrationPoint");
        grounds = Require.nonEmptyDistinct(grounds, "grounds");
        Require.text(explanation, Require.TEXT_MAX, "explanation");
        Require.present(refusedAt, "refusedAt");
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
