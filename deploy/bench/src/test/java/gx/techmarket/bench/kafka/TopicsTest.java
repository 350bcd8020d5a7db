package gx.techmarket.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldTakeTheMostCommonPartitionCountOfTheServicesTopics() {
        assertThat(Topics.mostCommon(List.of(3, 3, 1, 3, 5), 7)).isEqualTo(3);
        assertThat(Topics.mostCommon(List.of(), 3)).isEqualTo(3);
    }
}
