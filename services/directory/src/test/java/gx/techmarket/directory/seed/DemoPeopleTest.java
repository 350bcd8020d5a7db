package gx.techmarket.directory.seed;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.directory.people.BrokerRequest;
import gx.techmarket.directory.people.ExpertRequest;
import gx.techmarket.directory.people.PanelDraw;
import gx.techmarket.platform.domain.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private static final java.nio.file.Path REALM = java.nio.file.Path.of("../../deploy/keycloak/techmarket-realm.json");

    @Test
    void everySugarExpertIsLinkedToTheRealmLoginOfItsOwnOrganisation() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(REALM.toFile());
        Map<String, String> orgOfAccount = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode user : realm.path("users")) {
            boolean expert = false;
            for (com.fasterxml.jackson.databind.JsonNode role : user.path("realmRoles")) {
                expert |= "expert".equals(role.asText());
            }
            if (expert && user.hasNonNull("id")) {
                orgOfAccount.put(user.path("id").asText(), user.path("attributes").path("org_id").path(0).asText());
            }
        }
        List<ExpertRequest> linked = DemoPeople.EXPERTS.stream().filter(e -> e.accountSubject() != null).toList();
        assertThat(linked).extracting(ExpertRequest::name).containsExactlyInAnyOrder("陆建华", "韦志强", "覃丽萍",
                "李秀英", "蒙海燕", "周文斌", "黎国平", "潘敏", "杨光");
        assertThat(DemoPeople.EXPERTS).filteredOn(e -> e.fields().contains("SUGAR"))
                .allMatch(e -> e.accountSubject() != null, "every 糖业 expert can sign in");
        for (ExpertRequest e : linked) {
            assertThat(orgOfAccount.get(e.accountSubject())).as(e.name() + "'s login")
                    .isEqualTo(e.organisationUscc());
        }
    }

    /** The realm's broker logins are the register's brokers of their own agencies, by name and account. */
    @Test
    void everyBrokerLoginIsLinkedToTheBrokerOfItsName() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(REALM.toFile());
        Map<String, BrokerRequest> byAccount = DemoPeople.BROKERS.stream().filter(b -> b.accountSubject() != null)
                .collect(Collectors.toMap(BrokerRequest::accountSubject, b -> b));
        List<String> logins = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode user : realm.path("users")) {
            boolean broker = false;
            for (com.fasterxml.jackson.databind.JsonNode role : user.path("realmRoles")) {
                broker |= "broker".equals(role.asText());
            }
            if (!broker) {
                continue;
            }
            String login = user.path("username").asText();
            logins.add(login);
            assertThat(user.hasNonNull("id")).as(login + " has a fixed id").isTrue();
            BrokerRequest b = byAccount.get(user.path("id").asText());
            assertThat(b).as(login + "'s broker").isNotNull();
            assertThat(b.name()).isEqualTo(user.path("lastName").asText() + user.path("firstName").asText());
            assertThat(b.agencyUscc()).isEqualTo(user.path("attributes").path("org_id").path(0).asText());
        }
        assertThat(logins).containsExactlyInAnyOrder("broker.gxttc", "broker.liuzhou", "broker.gxsugar");
        assertThat(byAccount).hasSize(3);
    }

    static final Map<String, DemoOrganisations.Demo> ORGS = DemoOrganisations.ALL.stream()
            .collect(Collectors.toMap(DemoOrganisations.Demo::uscc, d -> d));

    @Test
    void everyBrokerWorksForADemoAgencyAndTheGroupsAgencyHasOne() {
        for (BrokerRequest b : DemoPeople.BROKERS) {
            assertThat(ORGS.get(b.agencyUscc())).as(b.name()).isNotNull()
                    .satisfies(o -> assertThat(o.kind()).isEqualTo(OrgKind.AGENCY));
        }
        assertThat(DemoPeople.BROKERS).extracting(BrokerRequest::agencyUscc)
                .contains("91450100MA5P2D9E7A", "91450200MA5Q7H3W5U", DemoPeople.groupAgency());
        assertThat(ORGS.get(DemoPeople.groupAgency()).parentUscc()).isEqualTo(DemoOrganisations.GX_SUGAR_GROUP);
    }

    @Test
    void everyExpertBelongsToADemoOrganisationWithTheFieldsAsIndustryCodes() {
        for (ExpertRequest e : DemoPeople.EXPERTS) {
            assertThat(ORGS).as(e.name()).containsKey(e.organisationUscc());
            assertThat(e.fields()).allMatch(f -> f.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
        }
        assertThat(DemoPeople.EXPERTS).extracting(ExpertRequest::organisationUscc)
                .contains("124501004980015368", "12450300498503368U");
        assertThat(DemoPeople.EXPERTS.size()).isBetween(8, 12);
    }

    /** A draw of sugar experts about a 桂糖 subsidiary avoids one expert by its organisation and one by declaration. */
    @Test
    void aSugarDrawAboutTheGroupShowsBothKindsOfAvoidance() {
        List<PanelDraw.Candidate> sugar = DemoPeople.EXPERTS.stream().filter(e -> e.fields().contains("SUGAR"))
                .map(e -> new PanelDraw.Candidate(UUID.nameUUIDFromBytes(e.name().getBytes()), e.name(),
                        e.organisationUscc(), e.relations().stream().map(r -> new PanelDraw.Declared(r.uscc(),
                                r.kind(), r.validFrom(), r.validTo())).toList()))
                .toList();
        PanelDraw.Outcome o = PanelDraw.draw(sugar, List.of("91450100MA5R8G2K1E"), 2, 1L, LocalDate.of(2026, 12, 5),
                u -> Optional.ofNullable(ORGS.get(u)).map(DemoOrganisations.Demo::parentUscc));
        assertThat(o.avoided()).extracting(PanelDraw.Avoided::reason).containsExactlyInAnyOrder(
                PanelDraw.Reason.ORGANISATION_AFFILIATED, PanelDraw.Reason.DECLARED_RELATION);
        // 杨光's 桂林桂糖 is a sibling of the party; 陆建华 declared the group itself, the party's parent
        assertThat(o.avoided()).extracting(PanelDraw.Avoided::relation)
                .containsExactlyInAnyOrder(Relation.SAME_GROUP, Relation.ANCESTOR);
        assertThat(o.drawn()).extracting(PanelDraw.Candidate::name).containsExactlyInAnyOrder("黎国平", "潘敏");
        assertThat(Set.copyOf(DemoPeople.EXPERTS.stream().map(ExpertRequest::name).toList()))
                .hasSize(DemoPeople.EXPERTS.size());
    }
}
