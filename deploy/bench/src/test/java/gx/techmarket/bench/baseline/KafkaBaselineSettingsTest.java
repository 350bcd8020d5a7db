package gx.techmarket.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaBaselineSettingsTest {

    @Test
    void shouldUseTheRelaysProducerSettings() {
        assertThat(KafkaBaseline.producerSettings()).contains("acks=all", "enable.idempotence=true",
                "linger.ms=2", "compression.type=lz4", "max.in.flight.requests.per.connection=5");
    }

    @Test
    void shouldTakeTheMostCommonPartitionCountOfTheServicesTopics() {
        assertThat(KafkaBaseline.mostCommon(List.of(3, 3, 1, 3, 5), 7)).isEqualTo(3);
        assertThat(KafkaBaseline.mostCommon(List.of(), 3)).isEqualTo(3);
    }
}
