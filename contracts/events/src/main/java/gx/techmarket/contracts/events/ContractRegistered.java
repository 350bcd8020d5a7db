package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 技术合同已认定登记: a registration point registered a technical contract.
 *
 * <p>The amounts are exact and consistent: {@code nonTechnicalAmount} is the sum of {@code nonTechnicalItems}
 * and {@code technologyTransactionAmount = totalContractAmount - nonTechnicalAmount}; the registration number's
 * city and point digits are the registration point's code.
 *
 * @param contractId                  the contract
 * @param registrationNumber          合同登记编号 (14 digits)
 * @param title                       合同名称
 * @param contractType                合同类型
 * @param seller                      卖方 (技术供方)
 * @param buyer                       买方 (技术需方)
 * @param intermediary                中介方, {@code null} when none
 * @param registrationPoint           技术合同登记机构
 * @param totalContractAmount         成交总额 in 元
 * @param nonTechnicalAmount          非技术性款项 in 元
 * @param technologyTransactionAmount 技术交易额 in 元
 * @param nonTechnicalItems           the non-technical items, possibly empty
 * @param signedOn                    签订日期
 * @param registeredAt                when it was registered
 * @param ruleSetVersion              the recognition rule set applied
 * @param technicalField              技术领域: the market's industry code of the technology (e.g. {@code SUGAR}), as
 *                                    the seller declared it in its filing or, for a contract brokered for a published
 *                                    result, the result's; {@code null} when none was stated
 * @param brokerAccount               the account (the identity provider's subject) of the 技术经理人 who drafted a
 *                                    brokered contract, the key of the broker performance record (the directory links
 *                                    the account to its 技术经理人); {@code null} for any other contract
 */
@EventContract(type = "registry.ContractRegistered.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractRegistered(
        UUID contractId,
        String registrationNumber,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        RegistrationPoint registrationPoint,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        List<NonTechnicalItem> nonTechnicalItems,
        LocalDate signedOn,
        Instant registeredAt,
        String ruleSetVersion,
        String technicalField,
        String brokerAccount) implements DomainEvent {

    static final int RULE_SET_VERSION_MAX = 64;
    static final int BROKER_ACCOUNT_MAX = 64;

    /** A registration whose 技术领域 was not stated. */
    public ContractRegistered(UUID contractId, String registrationNumber, String title, ContractType contractType,
            Party seller, Party buyer, Party intermediary, RegistrationPoint registrationPoint,
            BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount, BigDecimal technologyTransactionAmount,
            List<NonTechnicalItem> nonTechnicalItems, LocalDate signedOn, Instant registeredAt,
            String ruleSetVersion) {
        this(contractId, registrationNumber, title, contractType, seller, buyer, intermediary, registrationPoint,
                totalContractAmount, nonTechnicalAmount, technologyTransactionAmount, nonTechnicalItems, signedOn,
                registeredAt, ruleSetVersion, null, null);
    }

    /** A registration of a contract no broker drafted. */
    public ContractRegistered(UUID contractId, String registrationNumber, String title, ContractType contractType,
            Party seller, Party buyer, Party intermediary, RegistrationPoint registrationPoint,
            BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount, BigDecimal technologyTransactionAmount,
            List<NonTechnicalItem> nonTechnicalItems, LocalDate signedOn, Instant registeredAt,
            String ruleSetVersion, String technicalField) {
        this(contractId, registrationNumber, title, contractType, seller, buyer, intermediary, registrationPoint,
                totalContractAmount, nonTechnicalAmount, technologyTransactionAmount, nonTechnicalItems, signedOn,
                registeredAt, ruleSetVersion, technicalField, null);
    }

    public ContractRegistered {
        Require.present(contractId, "contractId");
        Require.matches(registrationNumber, Codes.REGISTRATION_NUMBER, "registrationNumber");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        if (seller.isSameOrganisationAs(buyer)) {
            throw new IllegalArgumentException("seller and buyer are the same organisation " + seller.uscc());
        }
        Require.present(registrationPoint, "registrationPoint");
        if (!RegistrationNumbers.pointCode(registrationNumber).equals(registrationPoint.code())) {
            throw new IllegalArgumentException("registration number " + registrationNumber
                    + " was not issued by registration point " + registrationPoint.code());
        }
        totalContractAmount = Money.of(Require.present(totalContractAmount, "totalContractAmount"));
        nonTechnicalAmount = Money.of(Require.present(nonTechnicalAmount, "nonTechnicalAmount"));
        technologyTransactionAmount =
                Money.of(Require.present(technologyTransactionAmount, "technologyTransactionAmount"));
        nonTechnicalItems = nonTechnicalItems == null ? List.of() : List.copyOf(nonTechnicalItems);
        BigDecimal itemsTotal = nonTechnicalItems.stream()
                .map(NonTechnicalItem::amount)
                .reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
        if (itemsTotal.compareTo(nonTechnicalAmount) != 0) {
            throw new IllegalArgumentException("nonTechnicalAmount " + nonTechnicalAmount.toPlainString()
                    + " is not the sum of the non-technical items " + itemsTotal.toPlainString());
        }
        if (totalContractAmount.subtract(nonTechnicalAmount).compareTo(technologyTransactionAmount) != 0) {
            throw new IllegalArgumentException("technologyTransactionAmount "
                    + technologyTransactionAmount.toPlainString() + " is not totalContractAmount "
                    + totalContractAmount.toPlainString() + " - nonTechnicalAmount "
                    + nonTechnicalAmount.toPlainString());
        }
        Require.present(signedOn, "signedOn");
        Require.present(registeredAt, "registeredAt");
        Require.text(ruleSetVersion, RULE_SET_VERSION_MAX, "ruleSetVersion");
        Require.matches(ruleSetVersion, Codes.RULE_SET_VERSION, "ruleSetVersion");
        if (technicalField != null) {
            Require.code(technicalField, "technicalField");
        }
        if (brokerAccount != null) {
            Require.text(brokerAccount, BROKER_ACCOUNT_MAX, "brokerAccount");
        }
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
