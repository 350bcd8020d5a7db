package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.ContractStatus.ACCEPTED;
import static gx.techmarket.registry.contract.ContractStatus.AMENDED;
import static gx.techmarket.registry.contract.ContractStatus.DEREGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.DRAFT;
import static gx.techmarket.registry.contract.ContractStatus.LIFECYCLE;
import static gx.techmarket.registry.contract.ContractStatus.NEEDS_CORRECTION;
import static gx.techmarket.registry.contract.ContractStatus.NOT_REGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.REGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.RESUBMITTED;
import static gx.techmarket.registry.contract.ContractStatus.SUBMITTED;
import static gx.techmarket.registry.contract.ContractStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractStatusTest {

    @Test
    void shouldAcceptEveryStatusAndNothingElseAsTheFilterOfAPartysContracts() {
        assertThat(ContractResource.STATUSES.split("\\|"))
                .containsExactly(EnumSet.allOf(ContractStatus.class).stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void shouldImplementExactlyBriefsMachineFromFilingToAmendmentAndDeregistration() {
        List<String> implemented = new ArrayList<>();
        for (ContractStatus from : ContractStatus.values()) {
            LIFECYCLE.actionsFrom(from).forEach(a -> implemented.add(from + " " + a + "->" + LIFECYCLE.apply(a, from)));
        }
        assertThat(implemented).containsExactlyInAnyOrder("DRAFT submit->SUBMITTED", "SUBMITTED accept->ACCEPTED",
                "ACCEPTED return-for-correction->NEEDS_CORRECTION", "RESUBMITTED return-for-correction->NEEDS_CORRECTION",
                "UNDER_REVIEW return-for-correction->NEEDS_CORRECTION", "NEEDS_CORRECTION resubmit->RESUBMITTED",
                "ACCEPTED start-review->UNDER_REVIEW", "RESUBMITTED start-review->UNDER_REVIEW",
                "ACCEPTED refuse->NOT_REGISTERED", "RESUBMITTED refuse->NOT_REGISTERED",
                "UNDER_REVIEW refuse->NOT_REGISTERED", "ACCEPTED register->REGISTERED",
                "RESUBMITTED register->REGISTERED", "UNDER_REVIEW register->REGISTERED",
                "REGISTERED amend->AMENDED", "REGISTERED deregister->DEREGISTERED",
                "AMENDED amend->AMENDED", "AMENDED deregister->DEREGISTERED");
    }

    @Test
    void shouldKnowTheAfterlifeOfARegistrationAndNoOtherNames() {
        assertThat(LIFECYCLE.leads(REGISTERED, AMENDED)).isTrue();
        assertThat(LIFECYCLE.leads(REGISTERED, DEREGISTERED)).isTrue();
        assertThat(LIFECYCLE.actionsFrom(REGISTERED)).containsExactly("amend", "deregister");
        assertThat(LIFECYCLE.allows("review", ACCEPTED)).as("no move is named review: it is start-review").isFalse();
        assertThatThrownBy(() -> LIFECYCLE.apply("review", ACCEPTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAMoveFromTheWrongStateWith409() {
        assertThatThrownBy(() -> LIFECYCLE.apply("register", SUBMITTED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_STATE_TRANSITION");
                });
    }

    @Test
    void shouldEndInRefusalAndDeregistrationAndNeverGoBackToDraft() {
        assertThat(LIFECYCLE.isFinal(NOT_REGISTERED)).isTrue();
        assertThat(LIFECYCLE.isFinal(DEREGISTERED)).isTrue();
        for (ContractStatus s : ContractStatus.values()) {
            assertThat(LIFECYCLE.leads(s, DRAFT)).isFalse();
        }
    }

    @Test
    void shouldLetTheSellerFileOnlyDraftsAndReturnedFilings() {
        assertThat(EnumSet.allOf(ContractStatus.class).stream().filter(s -> LIFECYCLE.allows("submit", s)).toList())
                .containsExactly(DRAFT);
        assertThat(EnumSet.allOf(ContractStatus.class).stream().filter(s -> LIFECYCLE.allows("resubmit", s)).toList())
                .containsExactly(NEEDS_CORRECTION);
        assertThat(ContractStatus.FILED).doesNotContain(DRAFT).contains(SUBMITTED, REGISTERED);
    }
}
