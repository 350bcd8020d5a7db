package gx.techmarket.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.attachment.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtypeCatalogueTest {

    static final LocalDate SIGNED = LocalDate.of(2026, 9, 1);

    /** Valid details for each subtype: exactly what it requires. */
    static FilingDetails validFor(ContractType type) {
        return switch (type) {
            case DEVELOPMENT_COMMISSIONED, CONSULTING, SERVICE -> details().deliverable("研究报告及样机").build();
            case DEVELOPMENT_COOPERATIVE -> details().deliverable("联合研发的中试工艺包").contributions(List.of(
                    new FilingDetails.Contribution(FilingDetails.Side.SELLER, new BigDecimal("60.00"), "研发人员与试验"),
                    new FilingDetails.Contribution(FilingDetails.Side.BUYER, new BigDecimal("40.00"), "资金与场地")))
                    .build();
            case TRANSFER_PATENT -> details().patentNumber("ZL201910563278.2").build();
            case TRANSFER_PATENT_APPLICATION -> details().applicationNumber("201910563278.2").build();
            case TRANSFER_TECHNICAL_SECRET -> null;
            case TRANSFER_IC_LAYOUT -> details().layoutRegistrationNumber("BS.195012345").build();
            case TRANSFER_PLANT_VARIETY -> details().varietyRightNumber("CNA20191234.5").build();
            case TRANSFER_SOFTWARE -> details().softwareRegistrationNumber("2023SR0123456").build();
            case TRANSFER_BIOMEDICINE_VARIETY -> details().certificateNumber("国药证字H20230001").build();
            case TRANSFER_OTHER -> details().rightDescription("地理标志产品加工技术的相关权利").build();
            case LICENSE_PATENT -> details().patentNumber("ZL201910563278.2")
                    .licenceScope(FilingDetails.LicenceScope.SOLE).licencePeriodTo(SIGNED.plusYears(5)).build();
            case LICENSE_TECHNICAL_SECRET -> details().licenceScope(FilingDetails.LicenceScope.ORDINARY)
                    .licencePeriodTo(SIGNED.plusYears(3)).build();
            case LICENSE_OTHER -> details().rightDescription("软件著作权的使用权")
                    .licenceScope(FilingDetails.LicenceScope.EXCLUSIVE).licencePeriodTo(SIGNED.plusYears(2)).build();
            case SERVICE_TRAINING -> details().trainees(30).trainingContent("甘蔗糖厂清洁生产工艺操作培训").build();
            case SERVICE_INTERMEDIARY -> details().principalParties(List.of("广西大学", "广西桂糖集团")).build();
        };
    }

    @Test
    void everySubtypeIsListedWithLabelsAndAcceptsItsOwnDetails() {
        for (ContractType type : ContractType.values()) {
            SubtypeCatalogue.Subtype subtype = SubtypeCatalogue.of(type);
            assertThat(subtype.zh()).as(type.name()).isNotBlank();
            assertThat(subtype.en()).as(type.name()).isNotBlank();
            SubtypeCatalogue.check(type, validFor(type), SIGNED);
            assertThat(SubtypeCatalogue.documents(type, false)).as(type.name()).startsWith(DocumentKind.SIGNED_CONTRACT);
        }
        assertThat(SubtypeCatalogue.documents(ContractType.TRANSFER_PATENT, false))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE);
    }

    @Test
    void aMissingRequiredDetailIsNamed() {
        refused(ContractType.TRANSFER_PATENT, null, "details.patentNumber", "DETAIL_REQUIRED");
        refused(ContractType.LICENSE_PATENT, details().patentNumber("ZL201910563278.2").build(),
                "details.licenceScope", "DETAIL_REQUIRED");
        refused(ContractType.SERVICE_TRAINING, details().trainees(3).build(), "details.trainingContent",
                "DETAIL_REQUIRED");
    }

    @Test
    void aDetailOfAnotherSubtypeIsRefused() {
        refused(ContractType.CONSULTING, details().deliverable("咨询报告").patentNumber("ZL201910563278.2").build(),
                "details.patentNumber", "DETAIL_NOT_FOR_TYPE");
        refused(ContractType.TRANSFER_TECHNICAL_SECRET, details().deliverable("x").build(), "details.deliverable",
                "DETAIL_NOT_FOR_TYPE");
    }

    @Test
    void numbersAreCheckedForTheirForm() {
        refused(ContractType.TRANSFER_PATENT, details().patentNumber("ZL202310123456.7").build(),
                "details.patentNumber", "PATENT_NUMBER_INVALID");
        refused(ContractType.TRANSFER_PATENT_APPLICATION, details().applicationNumber("201910563278.9").build(),
                "details.applicationNumber", "APPLICATION_NUMBER_INVALID");
        refused(ContractType.TRANSFER_SOFTWARE, details().softwareRegistrationNumber("23SR0123456").build(),
                "details.softwareRegistrationNumber", "SOFTWARE_REGISTRATION_NUMBER_INVALID");
        refused(ContractType.TRANSFER_PLANT_VARIETY, details().varietyRightNumber("CN20191234").build(),
                "details.varietyRightNumber", "VARIETY_RIGHT_NUMBER_INVALID");
        refused(ContractType.TRANSFER_IC_LAYOUT, details().layoutRegistrationNumber("12345678").build(),
                "details.layoutRegistrationNumber", "LAYOUT_REGISTRATION_NUMBER_INVALID");
    }

    @Test
    void cooperativeContributionsNameBothSidesAndAddUpToAHundred() {
        FilingDetails oneSide = details().deliverable("x").contributions(List.of(
                new FilingDetails.Contribution(FilingDetails.Side.SELLER, new BigDecimal("100.00"), "全部"))).build();
        refused(ContractType.DEVELOPMENT_COOPERATIVE, oneSide, "details.contributions", "CONTRIBUTIONS_INVALID");
        FilingDetails ninety = details().deliverable("x").contributions(List.of(
                new FilingDetails.Contribution(FilingDetails.Side.SELLER, new BigDecimal("50.00"), "a"),
                new FilingDetails.Contribution(FilingDetails.Side.BUYER, new BigDecimal("40.00"), "b"))).build();
        refused(ContractType.DEVELOPMENT_COOPERATIVE, ninety, "details.contributions", "CONTRIBUTIONS_INVALID");
    }

    @Test
    void aLicenceEndsAfterItsSigning() {
        FilingDetails ended = details().licenceScope(FilingDetails.LicenceScope.ORDINARY).licencePeriodTo(SIGNED)
                .build();
        refused(ContractType.LICENSE_TECHNICAL_SECRET, ended, "details.licencePeriodTo",
                "LICENCE_ENDS_BEFORE_SIGNING");
    }

    @Test
    void universitiesAndInstitutesDeclareTheRewardShareOfTransfersAndLicences() {
        assertThat(SubtypeCatalogue.requiresRewardShare(OrgKind.UNIVERSITY, ContractType.TRANSFER_PATENT)).isTrue();
        assertThat(SubtypeCatalogue.requiresRewardShare(OrgKind.INSTITUTE, ContractType.LICENSE_OTHER)).isTrue();
        assertThat(SubtypeCatalogue.requiresRewardShare(OrgKind.ENTERPRISE, ContractType.TRANSFER_PATENT)).isFalse();
        assertThat(SubtypeCatalogue.requiresRewardShare(OrgKind.UNIVERSITY, ContractType.CONSULTING)).isFalse();
    }

    private static void refused(ContractType type, FilingDetails details, String field, String code) {
        assertThatThrownBy(() -> SubtypeCatalogue.check(type, details, SIGNED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.fieldCode()).isEqualTo(code);
                });
    }

    static Builder details() {
        return new Builder();
    }

    /** Details with only what a test sets. */
    static final class Builder {
        private String patentNumber;
        private String applicationNumber;
        private String layoutRegistrationNumber;
        private String varietyRightNumber;
        private String softwareRegistrationNumber;
        private String certificateNumber;
        private String rightDescription;
        private FilingDetails.LicenceScope licenceScope;
        private LocalDate licencePeriodTo;
        private List<FilingDetails.Contribution> contributions;
        private Integer trainees;
        private String trainingContent;
        private List<String> principalParties;
        private String deliverable;

        Builder patentNumber(String v) { patentNumber = v; return this; }
        Builder applicationNumber(String v) { applicationNumber = v; return this; }
        Builder layoutRegistrationNumber(String v) { layoutRegistrationNumber = v; return this; }
        Builder varietyRightNumber(String v) { varietyRightNumber = v; return this; }
        Builder softwareRegistrationNumber(String v) { softwareRegistrationNumber = v; return this; }
        Builder certificateNumber(String v) { certificateNumber = v; return this; }
        Builder rightDescription(String v) { rightDescription = v; return this; }
        Builder licenceScope(FilingDetails.LicenceScope v) { licenceScope = v; return this; }
        Builder licencePeriodTo(LocalDate v) { licencePeriodTo = v; return this; }
        Builder contributions(List<FilingDetails.Contribution> v) { contributions = v; return this; }
        Builder trainees(Integer v) { trainees = v; return this; }
        Builder trainingContent(String v) { trainingContent = v; return this; }
        Builder principalParties(List<String> v) { principalParties = v; return this; }
        Builder deliverable(String v) { deliverable = v; return this; }

        FilingDetails build() {
            return new FilingDetails(patentNumber, applicationNumber, layoutRegistrationNumber, varietyRightNumber,
                    softwareRegistrationNumber, certificateNumber, rightDescription, licenceScope, licencePeriodTo,
                    contributions, trainees, trainingContent, principalParties, deliverable);
        }
    }
}
