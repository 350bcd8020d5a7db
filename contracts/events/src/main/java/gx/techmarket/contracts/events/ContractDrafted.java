package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 技术合同草稿已拟定: a contract was drafted in the names of its seller and buyer, by a broker for a published
 * result ({@code resultId}, {@code intermediary} = the broker's organisation) or by the registry from a 揭榜 award
 * ({@code challengeId}). The parties learn of it from this event: nobody of theirs typed it.
 *
 * @param contractId     the contract
 * @param title          合同名称 as drafted
 * @param contractType   合同类型
 * @param seller         卖方 (技术供方)
 * @param buyer          买方 (技术需方)
 * @param intermediary   中介方 (the broker's organisation), {@code null} for a draft from an award
 * @param resultId       the published result a broker drafted it for, {@code null} otherwise
 * @param challengeId    the challenge whose award it comes from, {@code null} otherwise
 * @param demandId       the published demand of the market the contract answers, when its drafter named one
 *                       (optional, added within v1: consumers that do not know it ignore it)
 * @param proposedAmount the price proposed in 元 (the result's asking price or the award price), {@code null} when
 *                       none was (面议)
 * @param draftedAt      when it was drafted
 */
@EventContract(type = "registry.ContractDrafted.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractDrafted(
        UUID contractId,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        UUID resultId,
        UUID challengeId,
        UUID demandId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal proposedAmount,
        Instant draftedAt) implements DomainEvent {

    public ContractDrafted {
        Require.present(contractId, "contractId");
        Require.text(title, Require.NAME_MAX, "title");
        Require.present(contractType, "contractType");
        Require.present(seller, "seller");
        Require.present(buyer, "buyer");
        if (seller.isSameOrganisationAs(buyer)) {
            throw new IllegalArgumentException("seller and buyer are the same organisation " + seller.uscc());
        }
        if ((resultId == null) == (challengeId == null)) {
            throw new IllegalArgumentException("a draft comes from exactly one of a result or a challenge award");
        }
        proposedAmount = proposedAmount == null ? null : Money.of(proposedAmount);
        Require.present(draftedAt, "draftedAt");
    }

    /** A draft that names no demand of the market. */
    public ContractDrafted(UUID contractId, String title, ContractType contractType, Party seller, Party buyer,
            Party intermediary, UUID resultId, UUID challengeId, BigDecimal proposedAmount, Instant draftedAt) {
        this(contractId, title, contractType, seller, buyer, intermediary, resultId, challengeId, null,
                proposedAmount, draftedAt);
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
