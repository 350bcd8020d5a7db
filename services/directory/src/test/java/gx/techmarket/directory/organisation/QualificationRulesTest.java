package gx.techmarket.directory.organisation;

import static gx.techmarket.contracts.events.QualificationKind.CONTRACT_REGISTRATION_BODY;
import static gx.techmarket.contracts.events.QualificationKind.HIGH_TECH_ENTERPRISE;
import static gx.techmarket.contracts.events.QualificationKind.INNOVATION_VOUCHER_PROVIDER;
import static gx.techmarket.contracts.events.QualificationKind.TECH_SME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.problems.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QualificationRulesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);

    @Test
    void aPeriodMayBeOneDayOrOpenEndedButNeverEndBeforeItStarts() {
        assertThatCode(() -> check(HIGH_TECH_ENTERPRISE, "GR202545000123", FROM, FROM, OrgKind.ENTERPRISE, "450100"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(INNOVATION_VOUCHER_PROVIDER, "GXCXQ-1", FROM, null, OrgKind.AGENCY, "450100"))
                .doesNotThrowAnyException();
        assertThat(refusal(HIGH_TECH_ENTERPRISE, "GR202545000123", FROM, FROM.minusDays(1), OrgKind.ENTERPRISE,
                "450100")).isEqualTo("QUALIFICATION_ENDS_BEFORE_IT_STARTS@validTo");
    }

    @Test
    void aHighTechCertificateIsGrOrGfYearProvinceSerialAndOnlyForEnterprises() {
        assertThat(refusal(HIGH_TECH_ENTERPRISE, "GF202345000001", FROM, null, OrgKind.ENTERPRISE, "450100")).isNull();
        assertThat(refusal(HIGH_TECH_ENTERPRISE, "GR20234500012", FROM, null, OrgKind.ENTERPRISE, "450100"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(HIGH_TECH_ENTERPRISE, "GX202345000123", FROM, null, OrgKind.ENTERPRISE, "450100"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(HIGH_TECH_ENTERPRISE, "GR202345000123", FROM, null, OrgKind.UNIVERSITY, "450100"))
                .isEqualTo("QUALIFICATION_NOT_FOR_KIND@kind");
    }

    @Test
    void aTechSmeNumberStartsWithTheYearAndTheRegion() {
        assertThat(refusal(TECH_SME, "2026450200A0012", FROM, null, OrgKind.ENTERPRISE, "450200")).isNull();
        assertThat(refusal(TECH_SME, "A0012", FROM, null, OrgKind.ENTERPRISE, "450200"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
    }

    @Test
    void aRegistrationBodysNumberIsItsCitysCodeAndAPointCode() {
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "0201", FROM, null, OrgKind.REGISTRY, "450200")).isNull();
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "1402", FROM, null, OrgKind.REGISTRY, "451481")).isNull();
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "0101", FROM, null, OrgKind.REGISTRY, "450200"))
                .isEqualTo("POINT_CODE_NOT_OF_CITY@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "0200", FROM, null, OrgKind.REGISTRY, "450200"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "1501", FROM, null, OrgKind.REGISTRY, "450200"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "020１", FROM, null, OrgKind.REGISTRY, "450200"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "4401", FROM, null, OrgKind.REGISTRY, "440300"))
                .isEqualTo("QUALIFICATION_NUMBER_INVALID@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "0101", FROM, null, OrgKind.REGISTRY, "450000"))
                .isEqualTo("POINT_CODE_NOT_OF_CITY@number");
        assertThat(refusal(CONTRACT_REGISTRATION_BODY, "0201", FROM, null, OrgKind.AGENCY, "450200"))
                .isEqualTo("QUALIFICATION_NOT_FOR_KIND@kind");
    }

    @Test
    void theCityCodeIsDigitsThreeAndFourOfAGuangxiCity() {
        assertThat(QualificationRules.cityCode("450100")).isEqualTo("01");
        assertThat(QualificationRules.cityCode("451002")).isEqualTo("10");
        assertThat(QualificationRules.cityCode("451400")).isEqualTo("14");
        assertThat(QualificationRules.cityCode("450000")).isNull();
        assertThat(QualificationRules.cityCode("440300")).isNull();
    }

    @Test
    void aQualificationIsValidFromItsFirstToItsLastDayBothIncluded() {
        LocalDate to = FROM.plusYears(3).minusDays(1);
        assertThat(QualificationRules.validOn(FROM, to, FROM.minusDays(1))).isFalse();
        assertThat(QualificationRules.validOn(FROM, to, FROM)).isTrue();
        assertThat(QualificationRules.validOn(FROM, to, to)).isTrue();
        assertThat(QualificationRules.validOn(FROM, to, to.plusDays(1))).isFalse();
        assertThat(QualificationRules.validOn(FROM, null, FROM.plusYears(50))).isTrue();
    }

    private static void check(QualificationKind kind, String number, LocalDate from, LocalDate to, OrgKind orgKind,
            String region) {
        QualificationRules.check(kind, number, from, to, orgKind, region);
    }

    /** code@field of the refusal, or null when the qualification may be granted. */
    private static String refusal(QualificationKind kind, String number, LocalDate from, LocalDate to,
            OrgKind orgKind, String region) {
        try {
            check(kind, number, from, to, orgKind, region);
            return null;
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.code() + "@" + e.field();
        }
    }
}
