package gx.techmarket.notification.announcement;

import gx.techmarket.contracts.events.Party;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An announcement as the public front and the operators see it, with what the caller may do to it now. */
public record AnnouncementView(
        UUID id,
        AnnouncementKind kind,
        String title,
        String body,
        Instant publishedAt,
        Party publisher,
        AnnouncementStatus status,
        Instant withdrawnAt,
        List<String> actions) {

    static AnnouncementView of(Announcement a, List<String> actions) {
        return new AnnouncementView(a.id(), a.kind, a.title, a.body, a.publishedAt, a.publisher.toParty(), a.status,
                a.withdrawnAt, actions);
    }
}
