package gx.techmarket.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.OrgKind;
import org.junit.jupiter.api.Test;

class OrganisationFactsTest {

    private static final Organisation.Facts SUGAR = new Organisation.Facts("桂林桂糖制糖有限公司", null,
            OrgKind.ENTERPRISE, "450300", "91450100MA5K3B2L5H");

    @Test
    void aChangeNamesEveryFieldThatDiffersInTheEventsOrder() {
        Organisation.Facts moved = new Organisation.Facts("桂林桂糖糖业有限公司", "Guilin Guitang", OrgKind.ENTERPRISE,
                "450321", null);
        assertThat(Organisation.changed(SUGAR, moved)).containsExactly("name", "nameEn", "region", "parentUscc");
        assertThat(Organisation.changed(SUGAR, new Organisation.Facts(SUGAR.name(), null, OrgKind.AGENCY,
                SUGAR.region(), SUGAR.parentUscc()))).containsExactly("kind");
        assertThat(Organisation.changed(SUGAR, SUGAR)).isEmpty();
    }
}
