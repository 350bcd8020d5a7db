package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.MatchesFound;
import gx.techmarket.platform.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of computed matches (the matching service's {@code matching.matches.v1}): the listing's owner, and the
 * brokers (role BROKER) of every broker organisation of the listing's city, so that they can bring the two sides
 * together. Each notice says how many listings fit and names the best; it links to the portal's 匹配推荐 page.
 * A listing left without matches tells nobody.
 */
public final class MatchNotices {

    private MatchNotices() {}

    /** The city of a region code (its first 4 digits): the brokers registered there hear of its matches. */
    public static String city(String regionCode) {
        return regionCode.substring(0, 4);
    }

    /**
     * @param cityBrokers the USCCs of the verified broker organisations (agencies) registered in the listing's city
     */
    public static List<Notice> of(MatchesFound e, List<String> cityBrokers) {
        if (e.matches().isEmpty()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("listingKind", e.listingKind().name());
        args.put("count", Integer.toString(e.matches().size()));
        args.put("best", e.matches().get(0).title());
        args.put("score", Integer.toString(e.matches().get(0).score()));
        List<Notice> notices = new ArrayList<>();
        String owner = e.owner().uscc();
        if (owner != null) {
            notices.add(new Notice(NotificationKind.MATCHES_FOUND, Recipient.org(owner), SubjectType.MATCHES,
                    e.listingId(), args, null, e.computedAt()));
        }
        for (String broker : cityBrokers.stream().distinct().toList()) {
            if (!broker.equals(owner)) {
                notices.add(new Notice(NotificationKind.MATCHES_FOUND, new Recipient(broker, Role.BROKER),
                        SubjectType.MATCHES, e.listingId(), args, null, e.computedAt()));
            }
        }
        return notices;
    }
}
