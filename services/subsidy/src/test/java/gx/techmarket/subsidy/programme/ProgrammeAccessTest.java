package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees and runs a programme, by sub-market: plain Java, no Quarkus. */
class ProgrammeAccessTest {

    static final Actor PROVINCE = admin(Orgs.GX_DEPT_OF_SCIENCE);
    static final Actor BAISE = admin(Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final Actor LIUZHOU = admin(Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    /** 右江区 (451002), a county of 百色 with its own bureau. */
    static final Actor YOUJIANG = admin(new Party("11451002MA5N0A0A0A", "百色市右江区科学技术局",
            gx.techmarket.contracts.events.OrgKind.GOVERNMENT, "451002", null));
    static final Actor ENTERPRISE = new Actor("u", "u", "u", Set.of(Role.ENTERPRISE), Orgs.BAISE_ALUMINIUM);

    static Actor admin(Party org) {
        return new Actor("admin-" + org.uscc(), "admin", "admin", Set.of(Role.ADMIN), org);
    }

    @Test
    void theProvinceRunsAndSeesEveryProgramme() {
        assertThat(ProgrammeAccess.runs(PROVINCE, "450000")).isTrue();
        assertThat(ProgrammeAccess.runs(PROVINCE, "451000")).isTrue();
        assertThat(ProgrammeAccess.sees(PROVINCE, "451000")).isTrue();
    }

    @Test
    void aCityRunsItsOwnProgrammesAndOnlySeesTheProvinces() {
        assertThat(ProgrammeAccess.runs(BAISE, "451000")).isTrue();
        assertThat(ProgrammeAccess.runs(BAISE, "450000")).isFalse();
        assertThat(ProgrammeAccess.sees(BAISE, "450000")).isTrue();
        assertThat(ProgrammeAccess.actions(BAISE, "450000", true, true, true)).isEmpty();
    }

    @Test
    void anotherCitysProgrammeIsNoneOfItsBusiness() {
        assertThat(ProgrammeAccess.sees(LIUZHOU, "451000")).isFalse();
        assertThat(ProgrammeAccess.runs(LIUZHOU, "451000")).isFalse();
    }

    @Test
    void aCountySeesItsCitysProgrammeButDoesNotRunIt() {
        assertThat(ProgrammeAccess.sees(YOUJIANG, "451000")).isTrue();
        assertThat(ProgrammeAccess.runs(YOUJIANG, "451000")).isFalse();
    }

    @Test
    void nobodyButAdminsSeesOrRunsProgrammes() {
        assertThat(ProgrammeAccess.sees(ENTERPRISE, "451000")).isFalse();
        assertThat(ProgrammeAccess.sees(ENTERPRISE, "450000")).isFalse();
        assertThat(ProgrammeAccess.runs(ENTERPRISE, "451000")).isFalse();
    }

    @Test
    void anOpenProgrammeOffersEveryActionAClosedOneItsBudgetAndCopy() {
        assertThat(ProgrammeAccess.actions(BAISE, "451000", true, true, true))
                .containsExactly("terms", "budget", "close", "copy");
        assertThat(ProgrammeAccess.actions(BAISE, "451000", false, true, true)).containsExactly("budget", "copy");
    }

    @Test
    void aPastYearsTermsAreFinalAndATakenNextYearCannotBeCopiedInto() {
        assertThat(ProgrammeAccess.actions(PROVINCE, "450000", true, false, false))
                .containsExactly("budget", "close");
    }
}
