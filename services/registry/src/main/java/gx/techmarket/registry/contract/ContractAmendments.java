package gx.techmarket.registry.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The record of 变更登记 (table {@code contract_amendment}): each amendment with the facts before and after it, as
 * JSON (the shape of {@link RegisteredFacts}), who made it, where and why. Written in the amending transaction;
 * never changed.
 */
@ApplicationScoped
public class ContractAmendments {

    /** One amendment as the API lists it. */
    public record Amendment(int amendmentNumber, String reason, RegisteredFacts before, RegisteredFacts after,
            String pointUscc, Instant amendedAt) {}

    private final EntityManager em;
    private final ObjectMapper json;

    ContractAmendments(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    void record(UUID contractId, int number, String reason, RegisteredFacts before, RegisteredFacts after,
            String pointUscc, String username, Instant at) {
        em.createNativeQuery("""
                insert into contract_amendment (contract_id, amendment_number, reason, before_facts, after_facts,
                                                point_uscc, amended_by, amended_at)
                values (:contract, :number, :reason, cast(:before as jsonb), cast(:after as jsonb), :point, :by, :at)""")
                .setParameter("contract", contractId)
                .setParameter("number", number)
                .setParameter("reason", reason)
                .setParameter("before", write(before))
                .setParameter("after", write(after))
                .setParameter("point", pointUscc)
                .setParameter("by", username)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The contract's amendments, first to last. */
    @SuppressWarnings("unchecked")
    List<Amendment> of(UUID contractId) {
        List<Object[]> rows = em.createNativeQuery("""
                select amendment_number, reason, before_facts::text, after_facts::text, point_uscc, amended_at
                  from contract_amendment where contract_id = :contract order by amendment_number""")
                .setParameter("contract", contractId)
                .getResultList();
        return rows.stream().map(r -> new Amendment(((Number) r[0]).intValue(), (String) r[1], read((String) r[2]),
                read((String) r[3]), (String) r[4], instant(r[5]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof Timestamp t ? t.toInstant()
                : java.time.OffsetDateTime.class.cast(value).toInstant();
    }

    private String write(RegisteredFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registered facts did not serialise", e);
        }
    }

    private RegisteredFacts read(String text) {
        try {
            return json.readValue(text, RegisteredFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract_amendment holds facts this version cannot read", e);
        }
    }
}
