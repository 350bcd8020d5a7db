package gx.techmarket.notification.notice;

import gx.techmarket.platform.security.Role;
import java.util.Objects;

/**
 * Whom a notice is for: the users of an organisation (by USCC), or only those of them with {@code role} when it is
 * not null (a broker organisation's brokers, not its administrators).
 */
public record Recipient(String uscc, Role role) {

    public Recipient {
        Objects.requireNonNull(uscc, "uscc");
    }

    static Recipient org(String uscc) {
        return new Recipient(uscc, null);
    }
}
