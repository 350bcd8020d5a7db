package gx.techmarket.matching.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.Party;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as one of its parties sees it.
 *
 * @param side     the caller's side: OWNER, INTERESTED or BROKER
 * @param messages every entry in order (absent in lists)
 * @param actions  what the caller may do now: {@code write}, {@code shareContact}, {@code inviteBroker},
 *                 {@code close}, {@code draftContract} (see {@link InterestRules})
 * @param draft    when {@code draftContract} is offered: what to prefill the registry's brokered draft with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterestView(
        UUID id,
        Listing listing,
        Party owner,
        Party interested,
        Party broker,
        InterestState state,
        Side side,
        Instant createdAt,
        Instant answeredAt,
        Instant lastMessageAt,
        Instant closedAt,
        String closedBy,
        int messageCount,
        List<Entry> messages,
        List<String> actions,
        Draft draft) {

    /** The listing as it was when the conversation began. */
    public record Listing(UUID id, ListingKind kind, String title, String regionCode) {}

    /**
     * One entry: a message ({@code text}) or a shared contact ({@code contact}).
     *
     * @param author     the person who wrote it (the display name of the user)
     * @param authorOrg  their organisation's name
     * @param authorSide their organisation's side
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int seq, InterestMessage.Kind kind, Side authorSide, String authorOrg, String author,
            String text, Contact contact, Instant writtenAt) {}

    /** A contact as shared. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String name, String phone, String email) {}

    /**
     * The registry's {@code POST /contracts/brokered} prefilled: the result, and the buyer when the conversation names
     * one (the interested organisation, unless it is the broker itself).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Draft(UUID resultId, String buyerUscc) {}

    static InterestView of(Interest i, Side side, List<InterestMessage> entries) {
        List<String> actions = InterestRules.actions(side, i.kindOf(side), i.state, i.listingKind, i.broker != null);
        Draft draft = null;
        if (actions.contains(InterestRules.DRAFT_CONTRACT)) {
            draft = new Draft(i.listingId, side == Side.INTERESTED ? null : i.interested.uscc());
        }
        List<Entry> messages = entries == null ? null : entries.stream().map(m -> entry(i, m)).toList();
        return new InterestView(i.id, new Listing(i.listingId, i.listingKind, i.listingTitle, i.listingRegion),
                i.owner(), i.interested(), i.broker(), i.state, side, i.createdAt, i.answeredAt, i.lastMessageAt,
                i.closedAt, i.closedBy, i.messageCount, messages, actions, draft);
    }

    private static Entry entry(Interest i, InterestMessage m) {
        Side author = i.sideOf(m.authorUscc).orElse(Side.BROKER);
        Contact contact = m.kind == InterestMessage.Kind.CONTACT
                ? new Contact(m.contactName, m.contactPhone, m.contactEmail) : null;
        return new Entry(m.seq, m.kind, author, m.authorOrg, m.authorName, m.body, contact, m.writtenAt);
    }
}
