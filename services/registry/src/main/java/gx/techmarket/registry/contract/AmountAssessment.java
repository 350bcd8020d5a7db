package gx.techmarket.registry.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One 核定 of a contract's amounts, kept for good: the items and carriers before and after, the non-technical sums,
 * the reason, the registrar and the time. Written once, never changed.
 */
@Entity
@Table(name = "amount_assessment")
class AmountAssessment {

    @Id
    UUID id;

    @Column(name = "contract_id", nullable = false)
    UUID contractId;

    @Column(name = "registration_point_uscc", nullable = false, length = 18)
    String registrationPointUscc;

    @Column(name = "total_contract_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal totalContractAmount;

    @Column(name = "before_non_technical_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal beforeNonTechnicalAmount;

    @Column(name = "after_non_technical_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal afterNonTechnicalAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_items", nullable = false, columnDefinition = "jsonb")
    List<Map<String, Object>> beforeItems;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_items", nullable = false, columnDefinition = "jsonb")
    List<Map<String, Object>> afterItems;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_carriers", nullable = false, columnDefinition = "jsonb")
    List<Map<String, Object>> beforeCarriers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_carriers", nullable = false, columnDefinition = "jsonb")
    List<Map<String, Object>> afterCarriers;

    @Column(nullable = false, length = 2000)
    String reason;

    @Column(name = "assessed_by", nullable = false, length = 200)
    String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    Instant assessedAt;

    protected AmountAssessment() {
        // for Hibernate
    }

    AmountAssessment(UUID id, UUID contractId, String registrationPointUscc, BigDecimal totalContractAmount,
            BigDecimal beforeNonTechnicalAmount, BigDecimal afterNonTechnicalAmount,
            List<Map<String, Object>> beforeItems, List<Map<String, Object>> afterItems,
            List<Map<String, Object>> beforeCarriers, List<Map<String, Object>> afterCarriers, String reason,
            String assessedBy, Instant assessedAt) {
        this.id = id;
        this.contractId = contractId;
        this.registrationPointUscc = registrationPointUscc;
        this.totalContractAmount = totalContractAmount;
        this.beforeNonTechnicalAmount = beforeNonTechnicalAmount;
        this.afterNonTechnicalAmount = afterNonTechnicalAmount;
        this.beforeItems = new ArrayList<>(beforeItems);
        this.afterItems = new ArrayList<>(afterItems);
        this.beforeCarriers = new ArrayList<>(beforeCarriers);
        this.afterCarriers = new ArrayList<>(afterCarriers);
        this.reason = reason;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }
}
