package gx.techmarket.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.Migrations;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * V6's backfill, run again over contracts this service assessed (in a transaction rolled back): the registration it
 * records for a contract assessed before V6 is the one the service records when it assesses a registration.
 */
@SubsidyTest
class RegistrationBackfillTest {

    @Inject
    EntitlementService service;

    @Inject
    AgroalDataSource db;

    @Test
    void theBackfillRecordsWhatTheServiceRecords() throws Exception {
        // the example (three entitlements), and a consulting contract without a broker (one, two refusals)
        List<ContractRegistered> contracts = List.of(Contracts.example(), Contracts.contract(ContractType.CONSULTING,
                Orgs.GXU, Orgs.BAISE_ALUMINIUM, null, "50000.00", "0.00"));
        List<UUID> events = new ArrayList<>();
        for (ContractRegistered c : contracts) {
            UUID event = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> service.derive(c, event));
            events.add(event);
        }
        List<String> recorded = rows(contracts);
        assertThat(recorded).containsExactly(
                contracts.get(0).contractId() + " 0 null null " + events.get(0),
                contracts.get(1).contractId() + " 0 null null " + events.get(1));

        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from contract_registration where contract_id in ('"
                        + contracts.get(0).contractId() + "', '" + contracts.get(1).contractId() + "')");
                // the backfill inserts every contract assessed without a row: here just these two
                assertThat(s.executeUpdate(backfillStatement())).isEqualTo(2);
                assertThat(rows(c, contracts)).isEqualTo(recorded);
            } finally {
                c.rollback();
            }
        }
        assertThat(rows(contracts)).isEqualTo(recorded);
    }

    /**
     * V6's {@code insert into contract_registration … select …}, as Flyway ran it on a database where no contract had
     * a row yet; here, for the contracts without one.
     */
    private static String backfillStatement() {
        List<String> inserts = Migrations.statements("V6__registration_changes.sql", "insert into contract_registration");
        assertThat(inserts).hasSize(1);
        return inserts.get(0) + " having contract_id not in (select contract_id from contract_registration)";
    }

    private List<String> rows(List<ContractRegistered> contracts) throws SQLException {
        try (Connection c = db.getConnection()) {
            return rows(c, contracts);
        }
    }

    /** Each contract's registration: id, last version, cancellation (when, why), the event that last changed it. */
    private static List<String> rows(Connection c, List<ContractRegistered> contracts) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select contract_id, amendment_number, deregistered_at, deregistration_reason, changed_by_event_id
                  from contract_registration where contract_id = ?""")) {
            for (ContractRegistered contract : contracts) {
                s.setObject(1, contract.contractId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4)
                                + " " + rs.getString(5));
                    }
                }
            }
        }
        return rows;
    }
}
