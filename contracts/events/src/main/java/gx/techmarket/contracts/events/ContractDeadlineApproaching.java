package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 办理期限临近或已过: the registration point's deadline for a filing it accepted is near (a few working days left) or
 * has passed. The filer and the point are told; nothing else changes.
 *
 * @param contractId        the contract
 * @param title             合同名称
 * @param contractType      合同类型
 * @param seller            卖方 (the filer, or the seller of a technology import)
 * @param buyer             买方
 * @param registrationPoint the point handling it
 * @param dueOn             the last day of the deadline (China)
 * @param workingDaysLeft   working days from today to {@code dueOn}, 0 on the day and when overdue
 * @param provisional       whether the deadline counts a year whose holiday calendar is not published yet
 * @param overdue           whether {@code dueOn} has passed
 */
@EventContract(type = "registry.ContractDeadlineApproaching.v1", topic = "registry.contracts.v1",
        aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractDeadlineApproaching(
        UUID contractId,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        RegistrationPoint registrationPoint,
        LocalDate dueOn,
        int workingDaysLeft,
        boolean provisional,
        boolean overdue) implements DomainEvent {

    public ContractDeadlineApproaching {
        Require.present(contractId, "contractId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        Require.present(registrationPoint, "registrationPoint");
        Require.present(dueOn, "dueOn");
        if (workingDaysLeft < 0) {
            throw new IllegalArgumentException("workingDaysLeft must not be negative");
        }
        if (overdue && workingDaysLeft != 0) {
            throw new IllegalArgumentException("an overdue deadline has no working days left");
        }
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
