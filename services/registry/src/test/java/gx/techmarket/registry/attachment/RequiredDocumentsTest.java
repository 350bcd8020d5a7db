package gx.techmarket.registry.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

    @Test
    void everyContractNeedsItsSignedTextAndARegisteredRightItsProof() {
        for (ContractType t : ContractType.values()) {
            assertThat(RequiredDocuments.forType(t, false)).first().isEqualTo(DocumentKind.SIGNED_CONTRACT);
        }
        assertThat(RequiredDocuments.forType(ContractType.TRANSFER_PATENT, false))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE);
        assertThat(RequiredDocuments.forType(ContractType.LICENSE_PATENT, false))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE);
        assertThat(RequiredDocuments.forType(ContractType.TRANSFER_SOFTWARE, false))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.SOFTWARE_COPYRIGHT_CERTIFICATE);
        assertThat(RequiredDocuments.forType(ContractType.CONSULTING, false)).containsExactly(DocumentKind.SIGNED_CONTRACT);
    }

    @Test
    void anImportAlsoNeedsItsImportRegistration() {
        assertThat(RequiredDocuments.forType(ContractType.LICENSE_TECHNICAL_SECRET, true))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.IMPORT_REGISTRATION);
    }

    @Test
    void missingListsWhatIsNotAttachedInChecklistOrder() {
        assertThat(RequiredDocuments.missing(ContractType.TRANSFER_PLANT_VARIETY, false, Set.of(DocumentKind.OTHER)))
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.PLANT_VARIETY_CERTIFICATE);
        assertThat(RequiredDocuments.missing(ContractType.TRANSFER_PLANT_VARIETY, false,
                List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.PLANT_VARIETY_CERTIFICATE))).isEmpty();
    }
}
