package gx.techmarket.directory.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.OrgKind;
import org.junit.jupiter.api.Test;

class KindRolesTest {

    @Test
    void everyKindGivesTheRoleOfWhatTheOrganisationIs() {
        assertThat(KindRoles.realmRole(OrgKind.UNIVERSITY)).isEqualTo("university");
        assertThat(KindRoles.realmRole(OrgKind.INSTITUTE)).isEqualTo("university");
        assertThat(KindRoles.realmRole(OrgKind.ENTERPRISE)).isEqualTo("enterprise");
        assertThat(KindRoles.realmRole(OrgKind.SOCIETY)).isEqualTo("enterprise");
        assertThat(KindRoles.realmRole(OrgKind.AGENCY)).isEqualTo("broker");
        assertThat(KindRoles.realmRole(OrgKind.REGISTRY)).isEqualTo("registrar");
        assertThat(KindRoles.realmRole(OrgKind.GOVERNMENT)).isEqualTo("admin");
    }
}
