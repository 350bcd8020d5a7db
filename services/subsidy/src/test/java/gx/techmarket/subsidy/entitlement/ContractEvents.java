package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Registered contracts as the registry publishes them, put on registry.contracts.v1 the way its relay does. */
public final class ContractEvents {

    public static final String TOPIC = "registry.contracts.v1";
    public static final String TYPE = "registry.ContractRegistered.v1";
    /** 2026-09-22 14:45 in China time. */
    public static final Instant IN_2026 = Instant.parse("2026-09-22T06:45:00Z");
    /** An enterprise outside Guangxi (杭州). */
    public static final Party HANGZHOU_ENTERPRISE =
            Party.of("91330100MA2B3C4D5E", "杭州云栖智能装备有限公司", OrgKind.ENTERPRISE, "330100");

    private ContractEvents() {}

    public static Party party(Party o) {
        return new Party(o.uscc(), o.name(), OrgKind.valueOf(o.kind().name()), o.region(), o.parentUscc());
    }

    /**
     * A contract registered by 南宁市技术合同登记站 (point 0103) at {@code registeredAt}, with one equipment item when
     * {@code equipment} is not zero.
     */
    public static ContractRegistered contract(ContractType type, Party seller, Party buyer, Party broker, String total,
            String equipment, Instant registeredAt) {
        BigDecimal totalAmount = new BigDecimal(total);
        BigDecimal nonTechnical = new BigDecimal(equipment);
        List<NonTechnicalItem> items = nonTechnical.signum() == 0 ? List.of()
                : List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "中试生产线设备一套", nonTechnical));
        int yy = registeredAt.atZone(ZoneId.of("Asia/Shanghai")).getYear() % 100;
        String number = String.format("%02d450103%06d", yy, ThreadLocalRandom.current().nextInt(1_000_000));
        RegistrationPoint point = new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), Orgs.NANNING_REGISTRY.name(), "0103");
        return new ContractRegistered(UUID.randomUUID(), number, "甘蔗糖厂蔗渣高值化利用技术" + type + "合同", type, seller,
                buyer, broker, point, totalAmount, nonTechnical, totalAmount.subtract(nonTechnical), items,
                LocalDate.of(registeredAt.atZone(ZoneId.of("Asia/Shanghai")).getYear(), 1, 15), registeredAt, "2026.1");
    }

    /** The example: 成交总额 1,000,000.00 with 200,000.00 equipment, brokered, GXU selling to 柳州汽车零部件. */
    public static ContractRegistered example() {
        return contract(ContractType.TRANSFER_PATENT, party(Orgs.GXU), party(Orgs.LIUZHOU_AUTO_PARTS),
                party(Orgs.GX_TECH_TRANSFER), "1000000.00", "200000.00", IN_2026);
    }

    /** Sends the contract as a new CloudEvent; returns the event id. */
    public static UUID send(ContractRegistered contract) {
        UUID id = UUID.randomUUID();
        send(contract.contractId().toString(), id, EventJson.toJson(contract));
        return id;
    }

    /** Sends {@code json} as the CloudEvent {@code eventId} with key and subject {@code key}. */
    public static void send(String key, UUID eventId, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId.toString());
        header(record, "ce_type", TYPE);
        header(record, "ce_source", "/techmarket/registry");
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        header(record, "ce_correlationid", eventId.toString());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
