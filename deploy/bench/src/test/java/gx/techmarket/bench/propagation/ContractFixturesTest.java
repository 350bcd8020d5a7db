package gx.techmarket.bench.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.local.DemoUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ContractFixturesTest {

    private static final Path REALM = Path.of("../keycloak/techmarket-realm.json");

    @Test
    void contractsAreDealtInTurnToEveryRegistrationPointOfTheRealm() {
        List<DemoUsers.User> registrars = DemoUsers.read(REALM).stream().filter(u -> u.role().equals("registrar"))
                .toList();
        ContractFixtures fixtures = new ContractFixtures(REALM, 7, "test");
        assertThat(fixtures.registrars()).containsExactlyElementsOf(
                registrars.stream().map(DemoUsers.User::username).toList());
        int n = registrars.size();
        List<String> dealt = LongStream.range(0, 3L * n).mapToObj(i -> fixtures.pointOf(i).registrar()).toList();
        for (String registrar : fixtures.registrars()) {
            assertThat(dealt).filteredOn(registrar::equals).hasSize(3);
        }
        // each contract's point is the registrar's own organisation (the registry checks the token's org_id)
        for (long i = 0; i < n; i++) {
            ContractFixtures.Point p = fixtures.pointOf(i);
            assertThat(registrars).anySatisfy(u -> {
                assertThat(u.username()).isEqualTo(p.registrar());
                assertThat(u.orgId()).isEqualTo(p.uscc());
            });
        }
    }
}
