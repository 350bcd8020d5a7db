package gx.techmarket.notification.mail;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The users to mail. Every call to the notification centre records its caller (the portal asks for the unread count
 * on each page it renders), so a user is known from their first page after signing in, with the e-mail address and
 * locale their token carries now.
 */
@ApplicationScoped
public class Subscribers implements PanacheRepositoryBase<Subscriber, String> {

    /** An address a mail server can take: something@domain, no spaces, within the 254 characters SMTP allows. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final String DEFAULT_LOCALE = "zh-CN";

    /** What this instance last recorded per subject: an unchanged caller costs no database write. */
    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    private final Clock clock;

    Subscribers(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records {@code actor} with {@code email} (a caller without a usable address is not mailed, and forgotten if it
     * had one) and {@code locale} (zh-CN unless the token says otherwise).
     */
    @Transactional
    public void record(Actor actor, String email, String locale) {
        String roles = actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        String address = email != null && email.length() <= 254 && EMAIL.matcher(email.strip()).matches()
                ? email.strip() : null;
        String language = locale != null && locale.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?") ? locale
                : DEFAULT_LOCALE;
        String state = actor.orgId() + "|" + roles + "|" + address + "|" + language;
        if (state.equals(recorded.get(actor.userId()))) {
            return;
        }
        if (address == null) {
            delete("subject", actor.userId());
        } else {
            getEntityManager().createNativeQuery("""
                    insert into subscriber (subject, org_uscc, roles, email, locale, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (subject) do update set org_uscc = excluded.org_uscc, roles = excluded.roles,
                        email = excluded.email, locale = excluded.locale, updated_at = excluded.updated_at
                    where (subscriber.org_uscc, subscriber.roles, subscriber.email, subscriber.locale)
                        is distinct from (excluded.org_uscc, excluded.roles, excluded.email, excluded.locale)""")
                    .setParameter(1, actor.userId()).setParameter(2, actor.orgId()).setParameter(3, roles)
                    .setParameter(4, address).setParameter(5, language)
                    .setParameter(6, MarketClock.now(clock)).executeUpdate();
        }
        recorded.put(actor.userId(), state);
    }

    /** The users of organisation {@code uscc}, only those with {@code role} when it is not null. */
    List<Subscriber> of(String uscc, Role role) {
        return list("orgUscc = ?1 order by subject", uscc).stream()
                .filter(s -> role == null || List.of(s.roles.split(",")).contains(role.name()))
                .toList();
    }
}
