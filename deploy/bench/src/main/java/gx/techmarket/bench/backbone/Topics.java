package gx.techmarket.bench.backbone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/** The bench's topics: created before anything produces or subscribes, so no consumer races auto-creation. */
final class Topics {

    static final List<String> ALL = List.of(Pinged.TOPIC, Pinged.TOPIC + ".dlq", KafkaBaseline.TOPIC);

    private Topics() {}

    /** Creates the missing ones with {@code partitions} partitions (replication: the broker's default). */
    static void ensure(String bootstrapServers, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : ALL) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the bench topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Partitions per topic, as the broker has them. */
    static Map<String, Integer> partitions(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            Map<String, TopicDescription> d = admin.describeTopics(ALL).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<String, Integer> out = new LinkedHashMap<>();
            ALL.forEach(t -> out.put(t, d.get(t).partitions().size()));
            return out;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not describe the bench topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "bench-admin"));
    }
}
