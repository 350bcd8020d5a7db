package gx.techmarket.registry.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A drawn expert's opinion on a contract, given once. */
@Entity
@Table(name = "expert_opinion")
@IdClass(ExpertOpinion.Key.class)
class ExpertOpinion {

    static class Key implements Serializable {
        UUID contractId;
        String expertId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(contractId, k.contractId) && Objects.equals(expertId, k.expertId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, expertId);
        }
    }

    @Id
    @Column(name = "contract_id")
    UUID contractId;

    @Id
    @Column(name = "expert_id", length = 64)
    String expertId;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    OpinionConclusion conclusion;

    @Column(nullable = false, length = 2000)
    String opinion;

    @Column(name = "given_by", nullable = false, length = 200)
    String givenBy;

    @Column(name = "given_at", nullable = false)
    Instant givenAt;
}
