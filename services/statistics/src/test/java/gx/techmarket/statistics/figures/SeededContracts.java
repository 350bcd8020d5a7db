package gx.techmarket.statistics.figures;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded market of a year's contracts: registered by two points, across cities, counties, other provinces and
 * abroad, some amended (变更), some deregistered (注销), some brokered. Keeps what each contract finally is, for a
 * calculation of the figures that shares nothing with the service's.
 */
final class SeededContracts {

    static final Party HANOI = Party.foreign("Hanoi Agritech JSC", OrgKind.ENTERPRISE, "VN");
    static final Party BANGKOK = Party.foreign("Siam Sugar Research Co., Ltd.", OrgKind.INSTITUTE, "TH");
    static final RegistrationPoint NANNING = new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(),
            Orgs.NANNING_REGISTRY.name(), "0103");
    static final RegistrationPoint BAISE = new RegistrationPoint(Orgs.BAISE_REGISTRY.uscc(),
            Orgs.BAISE_REGISTRY.name(), "1001");

    static final List<Party> SELLERS = List.of(Orgs.GXU, Orgs.GUET, Orgs.GXAS, Orgs.GUILIN_SUGAR,
            Orgs.BAISE_ALUMINIUM, Orgs.LIUZHOU_AUTO_PARTS, Orgs.NANNING_SUGAR, Orgs.ZJU, BANGKOK);
    static final List<Party> BUYERS = List.of(Orgs.GX_SUGAR_GROUP, Orgs.BAISE_ALUMINIUM, Orgs.LIUZHOU_AUTO_PARTS,
            Orgs.NANNING_SUGAR, Orgs.SHENZHEN_ROBOTICS, HANOI);
    static final List<Party> BROKERS = List.of(Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_TECH_BROKERS);

    /**
     * The accounts of the 技术经理人 who draft brokered contracts, per agency: two of 广西技术转移中心 and one of 柳州's
     * agency; the directory names the first two (BrokerChanged), not the third.
     */
    static final Map<String, List<String>> BROKER_ACCOUNTS = Map.of(
            Orgs.GX_TECH_TRANSFER.uscc(), List.of("0b7e2d1c-1a2b-4c3d-8e4f-5a6b7c8d9e01",
                    "0b7e2d1c-1a2b-4c3d-8e4f-5a6b7c8d9e02"),
            Orgs.LIUZHOU_TECH_BROKERS.uscc(), List.of("0b7e2d1c-1a2b-4c3d-8e4f-5a6b7c8d9e03"));

    /** A contract as it finally stands. */
    record Final(ContractRegistered facts, boolean registered) {}

    final List<DomainEvent> events = new ArrayList<>();
    final Map<UUID, Final> contracts = new LinkedHashMap<>();

    SeededContracts(int year, int count, long seed) {
        Random random = new Random(seed);
        ContractType[] types = ContractType.values();
        for (int i = 0; i < count; i++) {
            Party seller = SELLERS.get(random.nextInt(SELLERS.size()));
            Party buyer;
            do {
                buyer = BUYERS.get(random.nextInt(BUYERS.size()));
            } while (buyer.isSameOrganisationAs(seller));
            Party broker = random.nextInt(3) == 0 ? BROKERS.get(random.nextInt(BROKERS.size())) : null;
            RegistrationPoint point = random.nextBoolean() ? NANNING : BAISE;
            LocalDateTime at = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60));
            // China time: a contract at 23:30 on the last day of a month counts in that month, not the next
            Instant registeredAt = at.toInstant(ZoneOffset.ofHours(8));
            ContractRegistered c = contract(types[random.nextInt(types.length)], seller, buyer, broker, point,
                    registeredAt, random, year);
            events.add(c);
            ContractRegistered last = c;
            if (random.nextInt(5) == 0) {
                ContractRegistered changed = contract(c.contractType(), seller, buyer, broker, point, registeredAt,
                        random, year);
                ContractAmended amended = new ContractAmended(c.contractId(), c.registrationNumber(), c.title(),
                        c.contractType(), seller, buyer, broker, point, changed.totalContractAmount(),
                        changed.nonTechnicalAmount(), changed.technologyTransactionAmount(),
                        changed.nonTechnicalItems(), c.signedOn(), registeredAt, c.ruleSetVersion(), 1,
                        registeredAt.plus(Duration.ofDays(20)), "合同金额变更", changed.technicalField(),
                        c.brokerAccount());
                events.add(amended);
                last = amended.asRegistered();
            }
            boolean deregistered = random.nextInt(8) == 0;
            if (deregistered) {
                events.add(new ContractDeregistered(c.contractId(), c.registrationNumber(), c.title(),
                        c.contractType(), seller, buyer, broker, point, DeregistrationReason.RESCINDED, "双方解除合同",
                        registeredAt.plus(Duration.ofDays(40))));
            }
            contracts.put(c.contractId(), new Final(last, !deregistered));
        }
    }

    private static final List<String> FIELDS = List.of("SUGAR", "ALUMINIUM", "NEW_MATERIALS", "MODERN_AGRICULTURE",
            "ELECTRONICS", "");

    private static ContractRegistered contract(ContractType type, Party seller, Party buyer, Party broker,
            RegistrationPoint point, Instant registeredAt, Random random, int year) {
        BigDecimal total = BigDecimal.valueOf(100_000 + (long) (random.nextDouble() * 499_900_000L), 2);
        BigDecimal nonTechnical = random.nextInt(3) == 0
                ? total.multiply(new BigDecimal("0.3")).setScale(2, java.math.RoundingMode.DOWN)
                : new BigDecimal("0.00");
        List<NonTechnicalItem> items = nonTechnical.signum() == 0 ? List.of()
                : List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "检测设备一套", nonTechnical));
        String number = String.format("%02d45%s%06d", year % 100, point.code(), random.nextInt(1_000_000));
        // 技术领域: one of the market's codes, or none stated (a contract filed before the registry kept it)
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        // a brokered contract names the 技术经理人 who drafted it (some of the agency's contracts came without one)
        List<String> accounts = broker == null ? List.of() : BROKER_ACCOUNTS.get(broker.uscc());
        int pick = random.nextInt(accounts.size() + 1);
        String account = pick == accounts.size() ? null : accounts.get(pick);
        return new ContractRegistered(UUID.randomUUID(), number, "技术合同" + number, type, seller, buyer, broker, point,
                total, nonTechnical, total.subtract(nonTechnical), items, LocalDate.of(year, 1, 2), registeredAt,
                "2026.1", field.isEmpty() ? null : field, account);
    }
}
