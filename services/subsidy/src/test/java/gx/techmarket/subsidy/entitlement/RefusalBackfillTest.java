package gx.techmarket.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.Migrations;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * V5's backfill, run again over refusals this service recorded (in a transaction rolled back): what it recovers of a
 * refusal from the contract's entitlements and the facts text is what the service records for a new one.
 */
@SubsidyTest
class RefusalBackfillTest {

    static final String[] COLUMNS = {"registration_number", "region", "seller_uscc", "buyer_uscc", "intermediary_uscc"};

    @Inject
    AgroalDataSource db;

    @Test
    void theBackfillRecoversWhatTheServiceRecords() throws Exception {
        Party external = Party.of("91440300MA5FG2H3JW", "深圳前海智造科技有限公司", OrgKind.ENTERPRISE, "440300");
        List<ContractRegistered> contracts = List.of(
                // buyer refused on its own facts (桂林, 450300), broker paid
                Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR,
                        Orgs.GX_TECH_TRANSFER, "900000.00", "0.00"),
                // an external buyer: its refusal is the registration point's (南宁); the broker's is the broker's
                Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, external, Orgs.GX_TECH_TRANSFER,
                        "800000.00", "0.00"),
                // no broker: that refusal is the registration point's
                Contracts.contract(ContractType.LICENSE_PATENT, Orgs.GXU, Orgs.BAISE_ALUMINIUM, null, "50000.00",
                        "0.00"));
        contracts.forEach(Contracts::send);
        List<Object> ids = contracts.stream().map(c -> (Object) c.contractId()).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from ineligibility where contract_id in (?, ?, ?)", ids.toArray()) == 5);

        Map<UUID, List<String>> recorded = rows();
        Map<UUID, List<String>> backfilled;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table ineligibility drop constraint ineligibility_readable");
                s.execute("update ineligibility set " + Arrays.stream(COLUMNS).map(col -> col + " = null")
                        .collect(Collectors.joining(", ")));
                for (String update : backfillStatements()) {
                    s.execute(update);
                }
                backfilled = rows(s);
            } finally {
                c.rollback();
            }
        }
        assertThat(backfilled).hasSameSizeAs(recorded);
        for (Map.Entry<UUID, List<String>> row : backfilled.entrySet()) {
            List<String> was = recorded.get(row.getKey());
            for (int i = 0; i < COLUMNS.length; i++) {
                String value = row.getValue().get(i);
                // recovered values are the recorded ones; what the facts did not say stays unknown (null)
                if (value != null && i != 1) {
                    assertThat(value).as("%s of %s", COLUMNS[i], row.getKey()).isEqualTo(was.get(i));
                }
            }
            // a region is always found: the would-be beneficiary's when a facts text of the contract describes it,
            // else the registration point's (the city digits of the registration number)
            String point = "45" + was.get(0).substring(4, 6) + "00";
            assertThat(row.getValue().get(1)).as("region of %s", row.getKey()).isIn(was.get(1), point);
        }
        // this test's contracts name each would-be beneficiary in their facts or fall back to the point: all
        // recovered
        Map<UUID, List<String>> ours = new HashMap<>();
        for (Object contract : ids) {
            for (Object id : Db.column(db, "select id from ineligibility where contract_id = ?", contract)) {
                ours.put((UUID) id, backfilled.get((UUID) id));
            }
        }
        assertThat(ours).hasSize(5).allSatisfy((id, values) -> {
            assertThat(values.subList(0, 2)).isEqualTo(recorded.get(id).subList(0, 2));
            assertThat(values.get(3)).isEqualTo(recorded.get(id).get(3));
        });
    }

    /** V5's backfill (its working table and its {@code update ineligibility} statements), as Flyway ran it. */
    private static List<String> backfillStatements() {
        List<String> updates = Migrations.statements("V5__readable_refusals.sql", "update ineligibility",
                "create temporary table");
        assertThat(updates).hasSize(3);
        return updates;
    }

    private Map<UUID, List<String>> rows() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            return rows(s);
        }
    }

    private static Map<UUID, List<String>> rows(Statement s) throws SQLException {
        Map<UUID, List<String>> rows = new HashMap<>();
        // V5 backfilled refusals of contracts, all there were then; a qualification's (V9) has no contract to recover
        try (ResultSet rs = s.executeQuery("select id, " + String.join(", ", COLUMNS)
                + " from ineligibility where subject_type = 'CONTRACT'")) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (String column : COLUMNS) {
                    values.add(rs.getString(column));
                }
                rows.put((UUID) rs.getObject("id"), values);
            }
        }
        return rows;
    }
}
