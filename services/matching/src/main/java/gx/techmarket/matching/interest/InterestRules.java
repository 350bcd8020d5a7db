package gx.techmarket.matching.interest;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.OrgKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules of 意向洽谈 that need no database: who may do what in a conversation now. */
public final class InterestRules {

    /** Write a message. */
    public static final String WRITE = "write";
    /** Share one of the owner's contacts (the owner's side). */
    public static final String SHARE_CONTACT = "shareContact";
    /** Invite a broker organisation (either side, while none is invited). */
    public static final String INVITE_BROKER = "inviteBroker";
    /** Close the conversation (either side). */
    public static final String CLOSE = "close";
    /**
     * Start a contract draft in the registry ({@code POST /contracts/brokered}): a broker taking part in a
     * conversation about a result (the registry drafts brokered contracts of results only).
     */
    public static final String DRAFT_CONTRACT = "draftContract";

    private InterestRules() {}

    /** Which side {@code orgId} is in a conversation between {@code owner} and {@code interested} (and a broker). */
    public static Optional<Side> sideOf(String orgId, String owner, String interested, String broker) {
        if (orgId == null) {
            return Optional.empty();
        }
        if (orgId.equals(owner)) {
            return Optional.of(Side.OWNER);
        }
        if (orgId.equals(interested)) {
            return Optional.of(Side.INTERESTED);
        }
        if (orgId.equals(broker)) {
            return Optional.of(Side.BROKER);
        }
        return Optional.empty();
    }

    /**
     * What a party may do now.
     *
     * @param side           the caller's side
     * @param callerKind     the kind of the caller's organisation, as the conversation recorded it
     * @param state          the conversation's state
     * @param listingKind    what it is about
     * @param brokerInvited  whether a broker already takes part
     */
    public static List<String> actions(Side side, OrgKind callerKind, InterestState state, ListingKind listingKind,
            boolean brokerInvited) {
        List<String> actions = new ArrayList<>();
        if (state != InterestState.OPEN) {
            return actions;
        }
        actions.add(WRITE);
        if (side == Side.OWNER) {
            actions.add(SHARE_CONTACT);
        }
        if (side != Side.BROKER && !brokerInvited) {
            actions.add(INVITE_BROKER);
        }
        if (side != Side.BROKER) {
            actions.add(CLOSE);
        }
        if (listingKind == ListingKind.RESULT && callerKind == OrgKind.AGENCY && side != Side.OWNER) {
            actions.add(DRAFT_CONTRACT);
        }
        return actions;
    }

    /** Whether an organisation of this kind may express an interest: an enterprise, a university or a broker. */
    public static boolean mayExpressInterest(OrgKind kind) {
        return kind == OrgKind.ENTERPRISE || kind == OrgKind.UNIVERSITY || kind == OrgKind.INSTITUTE
                || kind == OrgKind.AGENCY;
    }
}
