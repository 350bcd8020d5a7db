package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.embedded.Ports;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aTakenPortIsFoundAndItsHolderNamed() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = socket.getLocalPort();
            int free = Ports.free();
            List<PortClaim> claims = List.of(new PortClaim(free, "PostgreSQL", "TECHMARKET_PG_PORT"),
                    new PortClaim(taken, "Keycloak HTTP", "TECHMARKET_KEYCLOAK_PORT"));
            List<PortClaim> busy = PortCheck.taken(claims, Ports::inUse);
            assertThat(busy).containsExactly(claims.get(1));

            assertThat(ProcessTools.listenerOf(taken)).contains(ProcessHandle.current().pid());
            String message = PortCheck.message(busy, port -> ProcessTools.listenerOf(port).map(ProcessTools::describe));
            assertThat(message).startsWith("cannot start: a port the market needs is already in use on 127.0.0.1:")
                    .contains("port " + taken + " (Keycloak HTTP) is in use by pid " + ProcessHandle.current().pid()
                            + " (java")
                    .contains("choose another port with TECHMARKET_KEYCLOAK_PORT=<port>")
                    .contains("deploy/local/techmarket status")
                    .doesNotContain(Integer.toString(free));
        }
    }

    @Test
    void severalTakenPortsAreListedEachWithItsVariable() {
        List<PortClaim> busy = List.of(new PortClaim(15432, "PostgreSQL", "TECHMARKET_PG_PORT"),
                new PortClaim(8081, "service catalogue", "TECHMARKET_CATALOGUE_PORT"));
        String message = PortCheck.message(busy, port -> Optional.empty());
        assertThat(message).startsWith("cannot start: 2 ports the market needs are already in use on 127.0.0.1:")
                .contains("  - port 15432 (PostgreSQL) is in use; free it, or choose another port with"
                        + " TECHMARKET_PG_PORT=<port>")
                .contains("  - port 8081 (service catalogue) is in use; free it, or choose another port with"
                        + " TECHMARKET_CATALOGUE_PORT=<port>");
    }
}
