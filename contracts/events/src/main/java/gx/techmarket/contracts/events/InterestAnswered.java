package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 意向已回复: the listing's owner answered an expression of interest for the first time. Ids and parties only.
 *
 * @param interestId  the conversation
 * @param listingKind a result or a demand
 * @param listingId   the result's or demand's id
 * @param owner       the holder of the result or the demander, who answered
 * @param interested  the organisation that expressed its interest (told of the answer)
 * @param answeredAt  when
 */
@EventContract(type = "matching.InterestAnswered.v1", topic = "matching.interests.v1", aggregateType = "Interest")
public record InterestAnswered(UUID interestId, ListingKind listingKind, UUID listingId, Party owner,
        Party interested, Instant answeredAt) implements DomainEvent {

    public InterestAnswered {
        Require.present(interestId, "interestId");
        Require.present(listingKind, "listingKind");
        Require.present(listingId, "listingId");
        Require.present(owner, "owner");
        Require.present(interested, "interested");
        Require.present(answeredAt, "answeredAt");
    }

    @Override
    public String aggregateId() {
        return interestId.toString();
    }
}
