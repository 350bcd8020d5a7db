package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.ChangingAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a broker and an expert have alike: a name, contact details with their visibility, the market account linked
 * to the entry (Keycloak subject) and the standing in the register.
 */
@MappedSuperclass
public abstract class Person extends ChangingAggregate {

    @Column(nullable = false, length = 100)
    String name;

    /** The person's market user account (Keycloak subject), when it has one. */
    @Column(name = "account_subject", length = 64)
    String accountSubject;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    PersonStatus status;

    @Column(name = "suspension_reason", length = 500)
    String suspensionReason;

    protected Person() {
        // for Hibernate
    }

    protected Person(Instant now) {
        super(UUID.randomUUID(), now);
        this.status = PersonStatus.ACTIVE;
    }

    /** Sets what every entry has, as a keeper enters or changes it. */
    void setPerson(String name, ContactRequest contact, String accountSubject) {
        this.name = name;
        contact(Contact.of(contact));
        this.accountSubject = accountSubject;
    }

    String name() {
        return name;
    }

    /**
     * The contact details. Each register maps its own: Hibernate's enhancer cannot track an embeddable declared in a
     * mapped superclass.
     */
    abstract Contact contact();

    abstract void contact(Contact contact);

    void setContact(ContactRequest r, Instant now) {
        contact(Contact.of(r));
        touch(now);
    }

    void suspend(String reason, Instant now) {
        status = PersonStatus.SUSPENDED;
        suspensionReason = reason;
        touch(now);
    }

    void reactivate(Instant now) {
        status = PersonStatus.ACTIVE;
        suspensionReason = null;
        touch(now);
    }

    boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }

    /** The person's whole entry, as its history shows it before and after a change. */
    abstract Map<String, Object> snapshot();

    /** The parts every entry has, after the register's own. */
    Map<String, Object> snapshot(Map<String, Object> own) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.putAll(own);
        s.put("contact", contact().snapshot());
        s.put("accountSubject", accountSubject);
        s.put("status", status.name());
        if (suspensionReason != null) {
            s.put("suspensionReason", suspensionReason);
        }
        return s;
    }
}
