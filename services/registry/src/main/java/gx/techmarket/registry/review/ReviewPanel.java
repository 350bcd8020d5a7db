package gx.techmarket.registry.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The expert panel the directory drew for a contract's review, as drawn (one per contract). */
@Entity
@Table(name = "review_panel")
public class ReviewPanel {

    @Id
    @Column(name = "contract_id")
    UUID contractId;

    @Column(name = "panel_id", nullable = false, length = 64)
    String panelId;

    @Column(nullable = false, length = 40)
    String field;

    @Column(nullable = false)
    long seed;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    ReviewReason reason;

    @Column(name = "drawn_by", nullable = false, length = 200)
    String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    Instant drawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_panel_expert", joinColumns = @JoinColumn(name = "contract_id"))
    @OrderColumn(name = "position")
    List<PanelExpert> experts = new ArrayList<>();

    protected ReviewPanel() {
        // for Hibernate
    }

    public ReviewReason reason() {
        return reason;
    }

    public int size() {
        return experts.size();
    }

    boolean drew(String expertId) {
        return experts.stream().anyMatch(e -> e.expertId.equals(expertId));
    }
}
