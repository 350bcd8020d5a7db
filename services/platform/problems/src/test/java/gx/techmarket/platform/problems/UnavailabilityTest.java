package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class UnavailabilityTest {

    @Test
    void shouldCallAnExhaustedAgroalPoolBusyThroughHibernatesWrapping() {
        // what the registry logged under load: GenericJDBCException: Unable to acquire JDBC Connection [Sorry, ...]
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        Throwable failure = new GenericJDBCException("Unable to acquire JDBC Connection", agroal);

        assertThat(Unavailability.of(failure)).contains(Unavailability.BUSY);
        assertThat(Unavailability.of(new RuntimeException(new PersistenceException(failure))))
                .contains(Unavailability.BUSY);
    }

    @Test
    void shouldCallAPoolThatCouldNotOpenANewConnectionInTimeBusy() {
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());

        assertThat(Unavailability.of(new GenericJDBCException("Unable to acquire JDBC Connection", agroal)))
                .contains(Unavailability.BUSY);
    }

    @Test
    void shouldCallATransientConnectionFailureBusyEvenInsideAConnectionException() {
        var transientFailure = new SQLTransientConnectionException("Connection is not available, request timed out");

        assertThat(Unavailability.of(transientFailure)).contains(Unavailability.BUSY);
        assertThat(Unavailability.of(new JDBCConnectionException("Unable to acquire JDBC Connection",
                transientFailure))).contains(Unavailability.BUSY);
    }

    @Test
    void shouldCallPostgresTooManyClientsBusy() {
        assertThat(Unavailability.of(new SQLException("FATAL: sorry, too many clients already", "53300")))
                .contains(Unavailability.BUSY);
    }

    @Test
    void shouldCallARefusedConnectionDown() {
        // PgJDBC: "Connection to localhost:5432 refused", SQL state 08001, caused by java.net.ConnectException;
        // Hibernate turns SQL state class 08 into JDBCConnectionException
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001",
                new ConnectException("Connection refused"));

        assertThat(Unavailability.of(refused)).contains(Unavailability.DOWN);
        assertThat(Unavailability.of(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))
                .contains(Unavailability.DOWN);
        assertThat(Unavailability.of(new JDBCConnectionException("connection lost", new SQLException("I/O"))))
                .contains(Unavailability.DOWN);
        assertThat(Unavailability.of(new SQLNonTransientConnectionException("closed"))).contains(Unavailability.DOWN);
    }

    @Test
    void shouldCallARestartingServerDown() {
        assertThat(Unavailability.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .contains(Unavailability.DOWN);
        assertThat(Unavailability.of(new SQLException("the database system is starting up", "57P03")))
                .contains(Unavailability.DOWN);
    }

    @Test
    void shouldLeaveEverythingElseToBeAnInternalError() {
        assertThat(Unavailability.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(Unavailability.of(new GenericJDBCException("bad SQL", new SQLException("syntax error", "42601"))))
                .isEmpty();
        assertThat(Unavailability.of(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "uk_x"))).isEmpty();
        // the same words from anything but Agroal's plain SQLException are not a pool signal
        assertThat(Unavailability.of(new RuntimeException("Sorry, acquisition timeout!"))).isEmpty();
        assertThat(Unavailability.of(new SQLException("Sorry, acquisition timeout!", "42000"))).isEmpty();
        assertThat(Unavailability.of(new SQLException("Sorry, acquisition"))).isEmpty();
    }

    @Test
    void shouldSurviveACyclicCauseChain() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Unavailability.of(a)).isEmpty();
        assertThat(Unavailability.rootMessage(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isEqualTo("java.sql.SQLException: Sorry, acquisition timeout!");
    }

    @Test
    void shouldLetOneWarningThroughPerIntervalWithTheCountSinceTheLast() {
        AtomicLong now = new AtomicLong(1_000);
        Unavailability.Warnings warnings = new Unavailability.Warnings(now::get, 100);

        assertThat(warnings.tryLog()).isEqualTo(1);
        assertThat(warnings.tryLog()).isZero();
        now.addAndGet(99);
        assertThat(warnings.tryLog()).isZero();
        now.addAndGet(1);
        assertThat(warnings.tryLog()).isEqualTo(3);
        now.addAndGet(1_000);
        assertThat(warnings.tryLog()).isEqualTo(1);
    }

    @Test
    void shouldAdviseAShortRetryForBusyAndALongerOneForDown() {
        assertThat(Unavailability.BUSY.code).isEqualTo("SERVICE_BUSY");
        assertThat(Unavailability.BUSY.retryAfterSeconds).isEqualTo(1);
        assertThat(Unavailability.DOWN.code).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(Unavailability.DOWN.retryAfterSeconds).isEqualTo(5);
        assertThat(Messages.detail("SERVICE_BUSY", Messages.ZH_CN, 1)).isEqualTo("服务繁忙，请稍后重试（约 1 秒后）。");
        assertThat(Messages.detail("SERVICE_BUSY", Messages.EN, 1))
                .isEqualTo("The service is busy; please try again in about 1 second(s).");
    }
}
