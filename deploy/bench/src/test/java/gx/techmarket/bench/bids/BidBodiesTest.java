package gx.techmarket.bench.bids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BidBodiesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldDrawTheSameBidFromTheSameSeedPhaseAndSequence() {
        assertThat(new BidBodies(42).json(1, 17)).isEqualTo(new BidBodies(42).json(1, 17));
        assertThat(new BidBodies(42).json(1, 17)).isNotEqualTo(new BidBodies(43).json(1, 17));
        assertThat(new BidBodies(42).json(1, 17)).isNotEqualTo(new BidBodies(42).json(2, 17));
    }

    @Test
    void shouldWriteBidsTheServiceAccepts() throws Exception {
        BidBodies bodies = new BidBodies(20261122L);
        for (long seq = 0; seq < 2_000; seq++) {
            JsonNode bid = json.readTree(bodies.json((int) (seq % 4), seq));
            BigDecimal price = new BigDecimal(bid.path("price").asText());
            assertThat(price.scale()).isEqualTo(2);
            assertThat(price).isGreaterThanOrEqualTo(new BigDecimal("0.01"));
            assertThat(bid.path("planSummary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(bid.path("durationMonths").asInt()).isBetween(1, 120);
        }
    }
}
