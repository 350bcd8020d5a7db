package gx.techmarket.subsidy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Registered contracts as the registry publishes them, sent to the service the way the registry's relay does, and
 * the entitlements the service derives from them, read back through the operators' API. The builders are plain
 * Java, for the rules' unit tests too.
 */
public final class Contracts {

    public static final String TOPIC = "registry.contracts.v1";
    public static final String TYPE = "registry.ContractRegistered.v1";
    public static final String SOURCE = "/techmarket/registry";
    /** 2026-09-22 14:45 in China time. */
    public static final Instant IN_2026 = Instant.parse("2026-09-22T06:45:00Z");
    /** An enterprise outside Guangxi (杭州). */
    public static final Party HANGZHOU_ENTERPRISE =
            Party.of("91330100MA2B3C4D5E", "杭州云栖智能装备有限公司", OrgKind.ENTERPRISE, "330100");
    /** 南宁市技术合同登记站's point 0103, where every contract here is registered. */
    public static final RegistrationPoint NANNING =
            new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), Orgs.NANNING_REGISTRY.name(), "0103");

    private Contracts() {}

    /** {@link #contract(ContractType, Party, Party, Party, String, String, Instant)} registered {@link #IN_2026}. */
    public static ContractRegistered contract(ContractType type, Party seller, Party buyer, Party broker, String total,
            String equipment) {
        return contract(type, seller, buyer, broker, total, equipment, IN_2026);
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
        int year = registeredAt.atZone(MarketClock.CHINA).getYear();
        String number = String.format("%02d450103%06d", year % 100, ThreadLocalRandom.current().nextInt(1_000_000));
        return new ContractRegistered(UUID.randomUUID(), number, "甘蔗糖厂蔗渣高值化利用技术" + type + "合同", type, seller,
                buyer, broker, NANNING, totalAmount, nonTechnical, totalAmount.subtract(nonTechnical), items,
                LocalDate.of(year, 1, 15), registeredAt, "2026.1");
    }

    /**
     * {@code registered} with amended amounts (one equipment item when {@code equipment} is not zero), as a
     * 变更登记 carries them: same contract, number, parties and registration instant.
     */
    public static ContractRegistered amended(ContractRegistered registered, String total, String equipment) {
        BigDecimal totalAmount = new BigDecimal(total);
        BigDecimal nonTechnical = new BigDecimal(equipment);
        List<NonTechnicalItem> items = nonTechnical.signum() == 0 ? List.of()
                : List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "中试生产线设备一套", nonTechnical));
        return new ContractRegistered(registered.contractId(), registered.registrationNumber(), registered.title(),
                registered.contractType(), registered.seller(), registered.buyer(), registered.intermediary(),
                registered.registrationPoint(), totalAmount, nonTechnical, totalAmount.subtract(nonTechnical), items,
                registered.signedOn(), registered.registeredAt(), registered.ruleSetVersion());
    }

    /** 变更登记 {@code n} of {@code registered}, amended to these amounts a month after its registration. */
    public static ContractAmended amendment(ContractRegistered registered, int n, String total, String equipment,
            String reason) {
        ContractRegistered facts = amended(registered, total, equipment);
        return new ContractAmended(facts.contractId(), facts.registrationNumber(), facts.title(), facts.contractType(),
                facts.seller(), facts.buyer(), facts.intermediary(), facts.registrationPoint(),
                facts.totalContractAmount(), facts.nonTechnicalAmount(), facts.technologyTransactionAmount(),
                facts.nonTechnicalItems(), facts.signedOn(), facts.registeredAt(), facts.ruleSetVersion(), n,
                facts.registeredAt().plus(Duration.ofDays(30)), reason);
    }

    /** 注销登记 of {@code registered}, two months after its registration. */
    public static ContractDeregistered deregistration(ContractRegistered registered, DeregistrationReason reason,
            String explanation) {
        return new ContractDeregistered(registered.contractId(), registered.registrationNumber(), registered.title(),
                registered.contractType(), registered.seller(), registered.buyer(), registered.intermediary(),
                registered.registrationPoint(), reason, explanation, registered.registeredAt().plus(Duration.ofDays(60)));
    }

    /** The example: 成交总额 1,000,000.00 with 200,000.00 equipment, brokered, GXU selling to 柳州汽车零部件. */
    public static ContractRegistered example() {
        return contract(ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS, Orgs.GX_TECH_TRANSFER,
                "1000000.00", "200000.00");
    }

    /** Sends the contract's event (registered, amended, deregistered) as a new CloudEvent; returns the event id. */
    public static UUID send(DomainEvent contract) {
        return TestEvents.send(contract, SOURCE);
    }

    /** Sends {@code json} (a contract, or a broken one) as the CloudEvent {@code eventId} with key and subject {@code key}. */
    public static void send(String key, UUID eventId, String json) {
        TestEvents.sendJson(TOPIC, TYPE, key, json, eventId, SOURCE);
    }

    /** Sends the contract as a new CloudEvent and waits for its {@code expected} entitlements, by programme. */
    public static Map<String, Map<String, Object>> sendAndAwait(ContractRegistered contract, int expected) {
        send(contract);
        return awaitEntitlements(contract, expected);
    }

    /** Waits until the contract has {@code expected} entitlements (read through the operators' API), by programme. */
    public static Map<String, Map<String, Object>> awaitEntitlements(ContractRegistered contract, int expected) {
        String province = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
        List<Map<String, Object>> items = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(province).queryParam("contractId", contract.contractId().toString())
                        .when().get("/entitlements").then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items"), l -> l.size() >= expected);
        // one event's entitlements commit together, so what is there now is all there will be
        assertThat(items).hasSize(expected);
        return items.stream().collect(Collectors.toMap(e -> (String) e.get("programmeCode"), e -> e));
    }

    /** A value of a JSON object read as maps, by a dotted path ({@code beneficiary.uscc}). */
    @SuppressWarnings("unchecked")
    public static Object path(Map<String, Object> map, String dotted) {
        Object current = map;
        for (String key : dotted.split("\\.")) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
