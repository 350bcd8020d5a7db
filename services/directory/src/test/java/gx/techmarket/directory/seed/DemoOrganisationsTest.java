package gx.techmarket.directory.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.directory.organisation.QualificationRules;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Uscc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOrganisationsTest {

    private static final Path REALM = Path.of("../../deploy/keycloak/techmarket-realm.json");
    private static final String OPERATOR = "11450000000008344N";

    @Test
    void everyOrganisationHasAValidUsccAndRegionAndItsParentComesFirst() {
        Set<String> seen = new HashSet<>(Set.of(OPERATOR));
        for (DemoOrganisations.Demo d : DemoOrganisations.ALL) {
            assertThat(Uscc.isValid(d.uscc())).as(d.name()).isTrue();
            assertThat(GbT2260.isValid(d.region())).as(d.name()).isTrue();
            if (d.parentUscc() != null) {
                assertThat(seen).as(d.name() + "'s parent entered before it").contains(d.parentUscc());
            }
            assertThat(seen.add(d.uscc())).as(d.uscc() + " once").isTrue();
            d.qualifications().forEach(q -> QualificationRules.check(q.kind(), q.number(), q.validFrom(),
                    q.validTo(), d.kind(), d.region()));
        }
    }

    @Test
    void everyCityHasARegistrationPointNumberedCityAndOne() {
        Map<String, String> codes = new TreeMap<>();
        for (DemoOrganisations.Demo d : DemoOrganisations.ALL) {
            d.qualifications().stream().filter(q -> q.kind() == QualificationKind.CONTRACT_REGISTRATION_BODY)
                    .forEach(q -> codes.put(d.region(), q.number()));
        }
        Set<String> cities = GuangxiRegions.all().keySet().stream().filter(GuangxiRegions::isCity)
                .collect(Collectors.toSet());
        assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(cities);
        assertThat(codes).containsEntry("450100", "0101").containsEntry("450200", "0201")
                .containsEntry("450300", "0301").containsEntry("451000", "1001").containsEntry("451400", "1401");
    }

    @Test
    void theGroupHasTwoSubsidiariesAndAnAgencyAndOneEnterpriseIsOutsideGuangxi() {
        List<DemoOrganisations.Demo> group = DemoOrganisations.ALL.stream()
                .filter(d -> DemoOrganisations.GX_SUGAR_GROUP.equals(d.parentUscc())).toList();
        assertThat(group).extracting(DemoOrganisations.Demo::kind)
                .containsExactlyInAnyOrder(OrgKind.ENTERPRISE, OrgKind.ENTERPRISE, OrgKind.AGENCY);
        assertThat(DemoOrganisations.ALL).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(OrgKind.ENTERPRISE);
            assertThat(GbT2260.isInGuangxi(d.region())).isFalse();
        });
    }

    /** Every user of the demo realm acts for an organisation the directory holds, with the same facts. */
    @Test
    void everyOrganisationOfTheRealmsUsersIsSeededWithTheFactsTheirTokensCarry() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        Map<String, DemoOrganisations.Demo> byUscc = DemoOrganisations.ALL.stream()
                .collect(Collectors.toMap(DemoOrganisations.Demo::uscc, d -> d));
        int users = 0;
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // the directory's own service account (onboarding, ADR 0021) acts for no organisation
            }
            JsonNode a = user.path("attributes");
            String uscc = a.path("org_id").path(0).asText();
            users++;
            if (uscc.equals(OPERATOR)) {
                continue; // the operator is the directory's anchor, entered whatever the seed
            }
            DemoOrganisations.Demo d = byUscc.get(uscc);
            assertThat(d).as(user.path("username").asText()).isNotNull();
            assertThat(d.name()).isEqualTo(a.path("org_name").path(0).asText());
            assertThat(d.kind().claimValue()).isEqualTo(a.path("org_kind").path(0).asText());
            assertThat(d.region()).isEqualTo(a.path("org_region").path(0).asText());
            assertThat(d.parentUscc()).isEqualTo(a.path("org_parent").isMissingNode() ? null
                    : a.path("org_parent").path(0).asText());
        }
        assertThat(users).isEqualTo(28);
    }
}
