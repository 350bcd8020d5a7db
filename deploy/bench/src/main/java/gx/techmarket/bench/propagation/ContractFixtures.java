package gx.techmarket.bench.propagation;

import gx.techmarket.bench.MarketHandle;
import gx.techmarket.local.DemoUsers;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Technical contracts ready to be registered: filed by a university, bought by an enterprise, brokered by a 技术转移
 * 机构, and accepted (已受理) by one of the realm's registration points (技术合同登记机构, one per registrar login,
 * taken in turn so that the registrations spread evenly over them) — the state in which that point's registrar's
 * {@code POST /contracts/{id}/register} applies. They are written straight into the registry's database with {@code COPY}, as
 * the service stores an accepted contract (drafting, filing and accepting 100,000 contracts through the API would
 * take longer than the benchmark); the registration itself, the step measured, always goes through the API.
 *
 * <p>The parties are the realm's demo organisations, so the subsidy rules apply as they would in real life: the
 * buyer is a Guangxi enterprise not affiliated with the seller, so every contract gets the 企业购买科技成果转化后补助
 * (when its 技术交易额 reaches the programme's minimum), the broker's 1 % and the registration point's 1‰. Amounts are
 * deterministic from the seed: 成交总额 40,000.00 to 2,000,000.00 with, for a third of the contracts, one
 * non-technical item (equipment) of up to 20 %.
 */
public final class ContractFixtures {

    /** One contract ready to register, and the registrar (login) of the point that accepted it. */
    public record Accepted(UUID id, String registrar) {}

    /** A registration point of the realm and the login of its registrar. */
    record Point(String uscc, String registrar) {}
    private static final String[] TYPES = {"TRANSFER_PATENT", "LICENSE_PATENT", "DEVELOPMENT_COMMISSIONED",
            "TRANSFER_TECHNICAL_SECRET", "LICENSE_TECHNICAL_SECRET", "CONSULTING", "SERVICE"};
    private static final String[] SUBJECTS = {"甘蔗糖蜜发酵生产酵母", "桑蚕茧丝绸深加工", "芒果保鲜冷链", "赤泥综合利用",
            "木薯燃料乙醇", "北部湾海水养殖病害防控", "铝合金轻量化轮毂", "桉树人工林经营", "柳州螺蛳粉工业化生产",
            "中药材罗汉果提取", "新能源汽车电池回收", "糖厂蔗渣制浆"};

    private record Org(String uscc, String name, String kind, String region, String parent) {}

    private final List<Org> sellers = new ArrayList<>();
    private final List<Org> buyers = new ArrayList<>();
    private final List<Org> brokers = new ArrayList<>();
    private final List<Point> points = new ArrayList<>();
    private final SplittableRandom random;
    private final String run;
    /** Mixed into the ids only: the amounts follow the seed, the ids differ from run to run (an attached market). */
    private final long idSalt;
    private long made;

    public ContractFixtures(Path realmFile, long seed, String run) {
        for (DemoUsers.User u : DemoUsers.read(realmFile)) {
            Org org = new Org(u.orgId(), u.orgName(), u.orgKind().toUpperCase(java.util.Locale.ROOT), u.orgRegion(),
                    u.orgParent().orElse(null));
            switch (u.role()) {
                case "university" -> sellers.add(org);
                case "enterprise" -> buyers.add(org);
                case "broker" -> brokers.add(org);
                case "registrar" -> {
                    if (points.stream().noneMatch(p -> p.uscc().equals(u.orgId()))) {
                        points.add(new Point(u.orgId(), u.username()));
                    }
                }
                default -> { }
            }
        }
        if (sellers.isEmpty() || buyers.isEmpty() || brokers.isEmpty() || points.isEmpty()) {
            throw new IllegalStateException("the realm " + realmFile
                    + " lacks universities, enterprises, brokers or registrars");
        }
        this.random = new SplittableRandom(seed);
        this.run = run;
        this.idSalt = run.hashCode() * 0x9E3779B97F4A7C15L;
    }

    /** The logins of the registrars, one per registration point, in the order contracts are dealt to them. */
    public List<String> registrars() {
        return points.stream().map(Point::registrar).toList();
    }

    /** The point that accepts the {@code n}-th contract of these fixtures: every point in turn. */
    Point pointOf(long n) {
        return points.get((int) (n % points.size()));
    }

    /** Writes {@code count} accepted contracts and returns them in the order to register them. */
    public List<Accepted> create(MarketHandle market, int count) throws SQLException, IOException {
        List<Accepted> ids = new ArrayList<>(count);
        StringBuilder contracts = new StringBuilder(count * 600);
        StringBuilder items = new StringBuilder();
        Instant now = Instant.now();
        LocalDate signed = LocalDate.now().minusDays(7);
        for (int i = 0; i < count; i++) {
            UUID id = new UUID(random.nextLong() ^ idSalt, random.nextLong());
            Point point = pointOf(made + i);
            ids.add(new Accepted(id, point.registrar()));
            Org seller = sellers.get(random.nextInt(sellers.size()));
            Org buyer = buyers.get(random.nextInt(buyers.size()));
            Org broker = brokers.get(random.nextInt(brokers.size()));
            String type = TYPES[random.nextInt(TYPES.length)];
            BigDecimal total = BigDecimal.valueOf(40_000_00L + random.nextLong(1_960_000_00L + 1), 2);
            BigDecimal nonTechnical = BigDecimal.ZERO.setScale(2);
            if (random.nextInt(3) == 0) {
                nonTechnical = total.multiply(BigDecimal.valueOf(random.nextInt(1, 21), 2))
                        .setScale(2, RoundingMode.HALF_UP);
                items.append(id).append('\t').append(0).append('\t').append("EQUIPMENT").append('\t')
                        .append("配套生产设备").append('\t').append(nonTechnical.toPlainString()).append('\n');
            }
            String title = SUBJECTS[random.nextInt(SUBJECTS.length)] + "技术" + (type.startsWith("LICENSE") ? "许可"
                    : type.startsWith("TRANSFER") ? "转让" : type.startsWith("DEVELOPMENT") ? "开发"
                    : type.equals("CONSULTING") ? "咨询" : "服务") + "合同 " + run + "-" + (made + i);
            String ts = now.toString();
            contracts.append(id).append('\t').append(title).append('\t').append(type).append('\t').append("BROKERED")
                    .append('\t').append(party(seller)).append('\t').append(party(buyer)).append('\t')
                    .append(party(broker)).append('\t').append(total.toPlainString()).append('\t')
                    .append(total.toPlainString()).append('\t').append(nonTechnical.toPlainString()).append('\t')
                    .append(signed).append('\t').append("ACCEPTED").append('\t').append("{}").append('\t')
                    .append(point.uscc()).append('\t').append("bench:").append(run).append('\t').append(ts).append('\t')
                    .append(ts).append('\t').append(ts).append('\t').append(ts).append('\t').append(0).append('\n');
        }
        made += count;
        try (Connection c = market.connectAsSuperuser("registry")) {
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy contract (id, title, contract_type, origin, seller_uscc, seller_name, seller_kind, "
                    + "seller_region, seller_parent_uscc, buyer_uscc, buyer_name, buyer_kind, buyer_region, "
                    + "buyer_parent_uscc, intermediary_uscc, intermediary_name, intermediary_kind, intermediary_region, "
                    + "intermediary_parent_uscc, proposed_amount, total_contract_amount, non_technical_amount, "
                    + "signed_on, status, correction_reasons, registration_point_uscc, created_by, created_at, "
                    + "updated_at, submitted_at, accepted_at, version) from stdin", new StringReader(contracts.toString()));
            if (!items.isEmpty()) {
                copy.copyIn("copy contract_non_technical_item (contract_id, position, category, description, amount) "
                        + "from stdin", new StringReader(items.toString()));
            }
            c.commit();
        }
        return ids;
    }

    private static String party(Org o) {
        return o.uscc() + '\t' + o.name() + '\t' + o.kind() + '\t' + o.region() + '\t'
                + (o.parent() == null ? "\\N" : o.parent());
    }
}
