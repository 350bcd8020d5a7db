package gx.techmarket.directory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 技术合同登记机构 at work: a REGISTRY organisation open for registrations under its point code (city 2 + point 2),
 * the number of its 技术合同登记机构 qualification. Closed, it keeps its code: registration numbers carry it.
 */
@Entity
@Table(name = "registration_point")
public class RegistrationPoint {

    @Id
    @Column(length = 18)
    String uscc;

    @Column(nullable = false, length = 4, unique = true)
    String code;

    @Column(nullable = false)
    boolean open;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 200)
    String openedBy;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closed_by", length = 200)
    String closedBy;

    @Column(name = "close_reason", length = 500)
    String closeReason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    @Column(nullable = false)
    long version;

    protected RegistrationPoint() {
        // for Hibernate
    }

    RegistrationPoint(String uscc, String code, String username, Instant now) {
        this.uscc = uscc;
        this.code = code;
        this.createdAt = now;
        open(code, username, now);
    }

    void open(String newCode, String username, Instant now) {
        code = newCode;
        open = true;
        openedAt = now;
        openedBy = username;
        closedAt = null;
        closedBy = null;
        closeReason = null;
    }

    void close(String username, String reason, Instant now) {
        open = false;
        closedAt = now;
        closedBy = username;
        closeReason = reason;
    }

    public String uscc() {
        return uscc;
    }

    public String code() {
        return code;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant openedAt() {
        return openedAt;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("open", open);
        if (closeReason != null) {
            s.put("closeReason", closeReason);
        }
        return s;
    }
}
