package gx.techmarket.notification.announcement;

import gx.techmarket.platform.domain.Lifecycle;

/** An announcement is published when it is made and may be withdrawn from the public front once, for good. */
public enum AnnouncementStatus {
    PUBLISHED,
    WITHDRAWN;

    static final Lifecycle<AnnouncementStatus> LIFECYCLE = Lifecycle.of("announcement", AnnouncementStatus.class)
            .move("withdraw", WITHDRAWN, PUBLISHED)
            .build();
}
