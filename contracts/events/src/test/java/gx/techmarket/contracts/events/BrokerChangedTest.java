package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A 技术经理人 as the directory tells it: its public facts, checked as its schema states them, and no contact. */
class BrokerChangedTest {

    private static final Instant AT = Instant.parse("2026-09-14T02:15:00Z");

    private static BrokerChanged broker(String name, String account, String agency, String certificate) {
        return new BrokerChanged(Fixtures.BROKER_ID, name, account, agency, certificate, BrokerChanged.Status.ACTIVE,
                AT);
    }

    @Test
    void carriesTheBrokersPublicFactsAndNeverItsContactDetails() {
        assertThat(Arrays.stream(BrokerChanged.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("brokerId", "name", "accountSubject", "agencyUscc", "certificateNumber", "status",
                        "changedAt");
        assertThat(EventJson.toJson(Fixtures.brokerChanged())).doesNotContain("phone", "email", "contact");
        assertThat(Fixtures.brokerChanged().aggregateId()).isEqualTo(Fixtures.BROKER_ID.toString());
    }

    @Test
    void leavesOutTheAccountAndCertificateItDoesNotHave() {
        String json = EventJson.toJson(Fixtures.brokerSuspended());

        assertThat(json).doesNotContain("accountSubject", "certificateNumber").contains("\"status\":\"SUSPENDED\"");
        assertThat(EventSchemas.validate(Fixtures.brokerSuspended())).isEmpty();
    }

    @Test
    void refusesWhatItsSchemaRefuses() {
        assertThatThrownBy(() -> broker(" ", null, Fixtures.GX_TTC.uscc(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> broker("张伟", "not-a-subject", Fixtures.GX_TTC.uscc(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountSubject");
        assertThatThrownBy(() -> broker("张伟", UUID.randomUUID().toString().toUpperCase(), Fixtures.GX_TTC.uscc(),
                null)).as("a subject in canonical lower case").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> broker("张伟", null, "91450100MA5P2D9E7", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agencyUscc");
        assertThatThrownBy(() -> broker("张伟", null, Fixtures.GX_TTC.uscc(), "GX/2021"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificateNumber");
        assertThatThrownBy(() -> new BrokerChanged(Fixtures.BROKER_ID, "张伟", null, Fixtures.GX_TTC.uscc(), null,
                null, AT)).isInstanceOf(NullPointerException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> new BrokerChanged(null, "张伟", null, Fixtures.GX_TTC.uscc(), null,
                BrokerChanged.Status.ACTIVE, AT)).isInstanceOf(NullPointerException.class);
    }
}
