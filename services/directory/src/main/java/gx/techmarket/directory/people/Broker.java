package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.ChangingAggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** 技术经理人: a technology manager, working for a verified organisation of the directory (normally an agency). */
@Entity
@Table(name = "broker")
public class Broker extends ChangingAggregate {

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "agency_uscc", nullable = false, length = 18)
    String agencyUscc;

    /** 证书编号; null while the broker holds no certificate. */
    @Column(name = "certificate_number", length = 50)
    String certificateNumber;

    /** 培训学时. */
    @Column(name = "training_hours", nullable = false)
    int trainingHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "broker_field", joinColumns = @JoinColumn(name = "broker_id"))
    @Column(name = "code", nullable = false, length = 64)
    Set<String> fields = new TreeSet<>();

    @Embedded
    Contact contact;

    /** The market user account (Keycloak subject) of the broker, when it has one. */
    @Column(name = "account_subject", length = 64)
    String accountSubject;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    PersonStatus status;

    @Column(name = "suspension_reason", length = 500)
    String suspensionReason;

    protected Broker() {
        // for Hibernate
    }

    Broker(BrokerRequest r, Instant now) {
        super(UUID.randomUUID(), now);
        this.status = PersonStatus.ACTIVE;
        apply(r, now);
    }

    void apply(BrokerRequest r, Instant now) {
        name = r.name().strip();
        agencyUscc = r.agencyUscc();
        certificateNumber = r.certificateNumber();
        trainingHours = r.trainingHours();
        fields.clear();
        fields.addAll(r.fields());
        contact = Contact.of(r.contact());
        accountSubject = r.accountSubject();
        touch(now);
    }

    void setContact(ContactRequest r, Instant now) {
        contact = Contact.of(r);
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

    List<String> fields() {
        return List.copyOf(fields);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("agencyUscc", agencyUscc);
        s.put("certificateNumber", certificateNumber);
        s.put("trainingHours", trainingHours);
        s.put("fields", fields());
        s.put("contact", contact.snapshot());
        s.put("accountSubject", accountSubject);
        s.put("status", status.name());
        if (suspensionReason != null) {
            s.put("suspensionReason", suspensionReason);
        }
        return s;
    }
}
