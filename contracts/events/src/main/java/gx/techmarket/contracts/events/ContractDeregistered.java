package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 注销登记: a registration point cancelled a registration because the contract was rescinded or is void. Final; what
 * was granted on the registration is to be reversed.
 *
 * @param contractId         the contract
 * @param registrationNumber its 合同登记编号 (no longer valid)
 * @param title              合同名称
 * @param contractType       合同类型
 * @param seller             卖方
 * @param buyer              买方
 * @param intermediary       中介方, {@code null} when none
 * @param registrationPoint  the point that registered and now cancels it
 * @param reason             rescinded or void
 * @param explanation        the registrar's explanation
 * @param deregisteredAt     when it was cancelled
 */
@EventContract(type = "registry.ContractDeregistered.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractDeregistered(
        UUID contractId,
        String registrationNumber,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        RegistrationPoint registrationPoint,
        DeregistrationReason reason,
        String explanation,
        Instant deregisteredAt) implements DomainEvent {

    public ContractDeregistered {
        Require.present(contractId, "contractId");
        Require.matches(registrationNumber, Codes.REGISTRATION_NUMBER, "registrationNumber");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        Require.present(registrationPoint, "registrationPoint");
        Require.present(reason, "reason");
        Require.text(explanation, Require.TEXT_MAX, "explanation");
        Require.present(deregisteredAt, "deregisteredAt");
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
