package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 意向洽谈已结束: one side closed the conversation. Ids only.
 *
 * @param interestId     the conversation
 * @param listingKind    a result or a demand
 * @param listingId      the result's or demand's id
 * @param ownerUscc      the listing owner's USCC
 * @param interestedUscc the interested organisation's USCC
 * @param closedByUscc   which side closed it
 * @param closedAt       when
 */
@EventContract(type = "matching.InterestClosed.v1", topic = "matching.interests.v1", aggregateType = "Interest")
public record InterestClosed(UUID interestId, ListingKind listingKind, UUID listingId, String ownerUscc,
        String interestedUscc, String closedByUscc, Instant closedAt) implements DomainEvent {

    public InterestClosed {
        Require.present(interestId, "interestId");
        Require.present(listingKind, "listingKind");
        Require.present(listingId, "listingId");
        Require.matches(ownerUscc, Codes.USCC, "ownerUscc");
        Require.matches(interestedUscc, Codes.USCC, "interestedUscc");
        Require.matches(closedByUscc, Codes.USCC, "closedByUscc");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return interestId.toString();
    }
}
