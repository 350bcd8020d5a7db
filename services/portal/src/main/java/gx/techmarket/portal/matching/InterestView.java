package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation of 意向洽谈 as the matching service shows it to one of its parties: {@code side} is the user's
 * organisation's (OWNER, INTERESTED, BROKER), {@code messages} every entry (absent in lists), {@code actions} what it
 * may do now, {@code draft} what the registry's brokered draft is prefilled with when {@code draftContract} is offered.
 */
@TemplateData
public record InterestView(UUID id, Listing listing, Party owner, Party interested, Party broker, String state,
        String side, Instant createdAt, Instant answeredAt, Instant lastMessageAt, Instant closedAt, String closedBy,
        int messageCount, List<Entry> messages, List<String> actions, Draft draft) implements Actionable {

    @TemplateData
    public record Listing(UUID id, String kind, String title, String regionCode) {

        /** The listing's page in the portal. */
        public String link() {
            return ("DEMAND".equals(kind) ? "/demands/" : "/results/") + id;
        }
    }

    @TemplateData
    public record Party(String uscc, String name, String kind, String region) {}

    @TemplateData
    public record Entry(int seq, String kind, String authorSide, String authorOrg, String author, String text,
            Contact contact, Instant writtenAt) {}

    @TemplateData
    public record Contact(String name, String phone, String email) {}

    @TemplateData
    public record Draft(UUID resultId, String buyerUscc) {

        /** The registry's brokered draft page, prefilled. */
        public String link() {
            return "/contracts/new?resultId=" + resultId + (buyerUscc == null ? "" : "&buyer=" + buyerUscc);
        }
    }

    /** The organisation on the other side of the user's (for a broker: the owner). */
    public Party counterparty() {
        return "OWNER".equals(side) ? interested : owner;
    }

    public boolean open() {
        return "OPEN".equals(state);
    }
}
