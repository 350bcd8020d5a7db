package gx.techmarket.directory.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's contact details, each with the visibility the person chose. Never written to a log: only its
 * {@link #shownTo view} leaves the service.
 */
@Embeddable
public class Contact {

    @Column(name = "phone", length = 20)
    String phone;

    @Column(name = "phone_visibility", nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    Visibility phoneVisibility;

    @Column(name = "email", length = 100)
    String email;

    @Column(name = "email_visibility", nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    Visibility emailVisibility;

    protected Contact() {
        // for Hibernate
    }

    Contact(String phone, Visibility phoneVisibility, String email, Visibility emailVisibility) {
        this.phone = phone;
        this.phoneVisibility = phoneVisibility;
        this.email = email;
        this.emailVisibility = emailVisibility;
    }

    static Contact of(ContactRequest r) {
        return new Contact(r.phone(), r.phoneVisibility(), r.email(), r.emailVisibility());
    }

    /**
     * What {@code reader} may see: each detail its visibility allows (null otherwise); the visibilities themselves
     * only to the person and its keepers.
     */
    PeopleViews.ContactView shownTo(Visibility.Reader reader) {
        boolean keeper = reader == Visibility.Reader.KEEPER;
        return new PeopleViews.ContactView(phoneVisibility.shownTo(reader) ? phone : null,
                keeper ? phoneVisibility : null, emailVisibility.shownTo(reader) ? email : null,
                keeper ? emailVisibility : null);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("phone", phone);
        s.put("phoneVisibility", phoneVisibility.name());
        s.put("email", email);
        s.put("emailVisibility", emailVisibility.name());
        return s;
    }
}
