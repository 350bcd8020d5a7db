package gx.techmarket.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum S { DRAFT, SUBMITTED, REJECTED, PUBLISHED, CLOSED, EXPIRED }

    static final Lifecycle<S> LIFE = Lifecycle.of("Thing", S.class)
            .move("submit", S.SUBMITTED, S.DRAFT, S.REJECTED)
            .move("approve", S.PUBLISHED, S.SUBMITTED)
            .move("reject", S.REJECTED, S.SUBMITTED)
            .move("close", S.CLOSED, S.PUBLISHED)
            .reserved("expire", S.EXPIRED, S.PUBLISHED)
            .build();

    @Test
    void anImplementedMoveLeadsToItsState() {
        assertThat(LIFE.apply("submit", S.DRAFT)).isEqualTo(S.SUBMITTED);
        assertThat(LIFE.apply("submit", S.REJECTED)).isEqualTo(S.SUBMITTED);
    }

    @Test
    void aMoveFromAnotherStateIsRefusedWith409() {
        assertThatThrownBy(() -> LIFE.apply("approve", S.DRAFT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_STATE_TRANSITION");
                });
    }

    @Test
    void aReservedMoveIsInTheLifecycleButRefused() {
        assertThat(LIFE.leads(S.PUBLISHED, S.EXPIRED)).isTrue();
        assertThat(LIFE.allows("expire", S.PUBLISHED)).isFalse();
        assertThat(LIFE.actionsFrom(S.PUBLISHED)).containsExactly("close");
        assertThatThrownBy(() -> LIFE.apply("expire", S.PUBLISHED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LIFE.apply("bogus", S.PUBLISHED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionsFromAStateFollowDeclarationOrder() {
        assertThat(LIFE.actionsFrom(S.SUBMITTED)).containsExactly("approve", "reject");
        assertThat(LIFE.actionsFrom(S.CLOSED)).isEmpty();
    }

    @Test
    void finalStatesAreLeftByNothingReservedOrNot() {
        assertThat(LIFE.isFinal(S.CLOSED)).isTrue();
        assertThat(LIFE.isFinal(S.EXPIRED)).isTrue();
        assertThat(LIFE.isFinal(S.PUBLISHED)).isFalse();
    }

    @Test
    void anActionIsDeclaredOnceAndLeadsFromSomewhere() {
        assertThatThrownBy(() -> Lifecycle.of("X", S.class).move("a", S.SUBMITTED, S.DRAFT)
                .move("a", S.PUBLISHED, S.SUBMITTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lifecycle.of("X", S.class).move("a", S.SUBMITTED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
