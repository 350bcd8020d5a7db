package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 已邀请技术经纪机构: one side of an expression of interest invited a broker organisation (a verified 技术转移机构)
 * into the conversation. Ids and parties only.
 *
 * @param interestId    the conversation
 * @param listingKind   a result or a demand
 * @param listingId     the result's or demand's id
 * @param owner         the holder of the result or the demander
 * @param interested    the organisation that expressed its interest
 * @param broker        the invited broker organisation
 * @param invitedByUscc which side invited it (the owner's or the interested organisation's USCC)
 * @param invitedAt     when
 */
@EventContract(type = "matching.BrokerInvited.v1", topic = "matching.interests.v1", aggregateType = "Interest")
public record BrokerInvited(UUID interestId, ListingKind listingKind, UUID listingId, Party owner, Party interested,
        Party broker, String invitedByUscc, Instant invitedAt) implements DomainEvent {

    public BrokerInvited {
        Require.present(interestId, "interestId");
        Require.present(listingKind, "listingKind");
        Require.present(listingId, "listingId");
        Require.present(owner, "owner");
        Require.present(interested, "interested");
        Require.present(broker, "broker");
        Require.matches(invitedByUscc, Codes.USCC, "invitedByUscc");
        Require.present(invitedAt, "invitedAt");
    }

    @Override
    public String aggregateId() {
        return interestId.toString();
    }
}
