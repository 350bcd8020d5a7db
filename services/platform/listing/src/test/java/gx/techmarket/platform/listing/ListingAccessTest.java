package gx.techmarket.platform.listing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.Lifecycle;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees a listing and which actions each caller is offered, without Quarkus. */
class ListingAccessTest {

    enum Status implements ListingStatus {
        DRAFT, SUBMITTED, REJECTED, PUBLISHED, CLOSED;

        static final Lifecycle<Status> LIFECYCLE = ListingStatus.review("Thing", DRAFT, SUBMITTED, REJECTED, PUBLISHED)
                .move("close", CLOSED, PUBLISHED)
                .build();

        @Override
        public boolean isPublic() {
            return this == PUBLISHED;
        }
    }

    static final class Thing extends Listing<Status, Thing.Content> {

        record Content(String title, String industry, String regionCode) implements ListingContent {}

        OrgSnapshot owner;

        Thing(Party owner, String region) {
            super(Status.LIFECYCLE, "THING_NOT_EDITABLE");
            this.owner = OrgSnapshot.of(owner);
            draft(UUID.randomUUID(), "someone", Status.DRAFT, new Content("赤泥", "ALUMINIUM", region), Instant.EPOCH);
        }

        /** A thing has nothing of its own. */
        @Override
        protected void apply(Content content) {
        }

        @Override
        public OrgSnapshot owner() {
            return owner;
        }

        void act(String action) {
            if (action.equals("reject")) {
                enterRejected("no", Instant.EPOCH);
            } else {
                enter(next(action), Instant.EPOCH);
            }
        }
    }

    static final Party GXU = new Party("12450000498502226C", "广西大学", OrgKind.UNIVERSITY, "450100", null);
    static final Party GUET = new Party("12450000498600338X", "桂林电子科技大学", OrgKind.UNIVERSITY, "450300", null);
    static final Party NANNING = new Party("11450100007564712A", "南宁市科技局", OrgKind.GOVERNMENT, "450100", null);
    static final Party BAISE = new Party("11451000007867214K", "百色市科技局", OrgKind.GOVERNMENT, "451000", null);
    static final Party PROVINCE = new Party("11450000007564290X", "广西科技厅", OrgKind.GOVERNMENT, "450000", null);

    static final ListingAccess ACCESS = new ListingAccess("THING_NOT_FOUND", "NOT_THING_OWNER",
            Set.of(Role.UNIVERSITY, Role.ENTERPRISE));

    static Actor actor(Role role, Party org) {
        return new Actor(UUID.randomUUID().toString(), "u", "U", Set.of(role), org);
    }

    @Test
    void eachCallerIsOfferedWhatTheEndpointsWouldAccept() {
        Thing thing = new Thing(GXU, "450100");
        Actor owner = actor(Role.UNIVERSITY, GXU);
        Actor operator = actor(Role.ADMIN, NANNING);
        Actor province = actor(Role.ADMIN, PROVINCE);
        Actor otherOperator = actor(Role.ADMIN, BAISE);
        Actor other = actor(Role.UNIVERSITY, GUET);
        Actor ownerAsBroker = actor(Role.BROKER, GXU);

        assertThat(ACCESS.actions(owner, thing)).containsExactly("edit", "submit");
        assertThat(ACCESS.actions(ownerAsBroker, thing)).isEmpty();
        assertThat(ACCESS.actions(operator, thing)).isEmpty();
        assertThat(ACCESS.actions(other, thing)).isEmpty();

        thing.act("submit");
        assertThat(ACCESS.actions(owner, thing)).isEmpty();
        assertThat(ACCESS.actions(operator, thing)).containsExactly("approve", "reject");
        assertThat(ACCESS.actions(province, thing)).containsExactly("approve", "reject");
        assertThat(ACCESS.actions(otherOperator, thing)).isEmpty();

        thing.act("reject");
        assertThat(ACCESS.actions(owner, thing)).containsExactly("edit", "submit");
        assertThat(ACCESS.actions(owner, thing, a -> !a.equals("submit"))).containsExactly("edit");

        thing.act("submit");
        thing.act("approve");
        assertThat(ACCESS.actions(owner, thing)).containsExactly("close");
        assertThat(ACCESS.actions(other, thing)).isEmpty();
        assertThat(ACCESS.actions(operator, thing)).isEmpty();

        thing.act("close");
        assertThat(ACCESS.actions(owner, thing)).isEmpty();
    }

    @Test
    void aListingOutOfSightDoesNotExistAndTheWrongCallerIsForbidden() {
        Thing thing = new Thing(GXU, "450100");
        assertThat(ACCESS.visible(actor(Role.UNIVERSITY, GXU), thing)).isSameAs(thing);
        assertThat(ACCESS.visible(actor(Role.ADMIN, NANNING), thing)).isSameAs(thing);
        assertThat(code(() -> ACCESS.visible(actor(Role.UNIVERSITY, GUET), thing))).isEqualTo("THING_NOT_FOUND");
        assertThat(code(() -> ACCESS.visible(actor(Role.UNIVERSITY, GXU), null))).isEqualTo("THING_NOT_FOUND");
        assertThat(code(() -> ACCESS.owned(actor(Role.ADMIN, NANNING), thing))).isEqualTo("NOT_THING_OWNER");
        assertThat(code(() -> ACCESS.operated(actor(Role.UNIVERSITY, GXU), thing)))
                .isEqualTo("REGION_NOT_OPERATED");
        thing.act("submit");
        thing.act("approve");
        assertThat(ACCESS.visible(actor(Role.UNIVERSITY, GUET), thing)).isSameAs(thing);
        assertThat(code(() -> ACCESS.operated(actor(Role.ADMIN, BAISE), thing)))
                .isEqualTo("REGION_NOT_OPERATED");
    }

    @Test
    void aVisitorSeesOnlyWhatIsOnTheMarketAndTheNotFoundNamesNoId() {
        Thing thing = new Thing(GXU, "450100");
        ProblemException hidden = problem(() -> ACCESS.listed(thing, t -> t.status() == Status.PUBLISHED));
        assertThat(hidden.code()).isEqualTo("THING_NOT_FOUND");
        assertThat(hidden.args()).isEmpty();
        assertThat(problem(() -> ACCESS.listed(null, t -> true)).code()).isEqualTo("THING_NOT_FOUND");
        assertThat(problem(() -> ACCESS.visible(actor(Role.UNIVERSITY, GUET), thing)).args()).isEmpty();
        thing.act("submit");
        thing.act("approve");
        assertThat(ACCESS.listed(thing, t -> t.status() == Status.PUBLISHED)).isSameAs(thing);
        thing.act("close");
        assertThat(problem(() -> ACCESS.listed(thing, t -> t.status() == Status.PUBLISHED)).code())
                .isEqualTo("THING_NOT_FOUND");
    }

    @Test
    void aListingThatCannotBeEditedIsNamedByItsTitle() {
        Thing thing = new Thing(GXU, "450100");
        thing.act("submit");
        ProblemException refused = problem(() -> thing.edit(new Thing.Content("新标题", "ALUMINIUM", "450100"),
                Instant.EPOCH));
        assertThat(refused.code()).isEqualTo("THING_NOT_EDITABLE");
        assertThat(refused.args()).containsExactly("赤泥");
    }

    @Test
    void everyListingGoesThroughTheSameReview() {
        assertThat(Status.LIFECYCLE.apply("submit", Status.DRAFT)).isEqualTo(Status.SUBMITTED);
        assertThat(Status.LIFECYCLE.apply("submit", Status.REJECTED)).isEqualTo(Status.SUBMITTED);
        assertThat(Status.LIFECYCLE.apply("approve", Status.SUBMITTED)).isEqualTo(Status.PUBLISHED);
        assertThat(Status.LIFECYCLE.apply("reject", Status.SUBMITTED)).isEqualTo(Status.REJECTED);
        assertThat(Status.LIFECYCLE.actionsFrom(Status.DRAFT)).containsExactly("submit");
        assertThat(Status.LIFECYCLE.actionsFrom(Status.SUBMITTED)).containsExactly("approve", "reject");
        assertThat(Status.LIFECYCLE.leads(Status.DRAFT, Status.PUBLISHED)).isFalse();
        assertThat(Status.LIFECYCLE.leads(Status.REJECTED, Status.PUBLISHED)).isFalse();
    }

    @Test
    void contentChangesOnlyInAnEditableStateAndMovesOnlyAsTheLifecycleSays() {
        Thing thing = new Thing(GXU, "450100");
        thing.act("submit");
        assertThat(thing.isEditable()).isFalse();
        assertThat(code(() -> thing.edit(new Thing.Content("赤泥", "ALUMINIUM", "450300"), Instant.EPOCH))).isEqualTo("THING_NOT_EDITABLE");
        assertThat(thing.regionCode()).isEqualTo("450100");
        assertThat(code(() -> thing.act("close"))).isEqualTo("ILLEGAL_STATE_TRANSITION");
        assertThat(thing.status()).isEqualTo(Status.SUBMITTED);
        thing.act("reject");
        assertThat(thing.rejectionReason()).isEqualTo("no");
        assertThat(thing.isEditable()).isTrue();
        thing.edit(new Thing.Content("赤泥", "ALUMINIUM", "450300"), Instant.EPOCH.plusSeconds(1));
        assertThat(thing.regionCode()).isEqualTo("450300");
        assertThat(thing.updatedAt()).isEqualTo(Instant.EPOCH.plusSeconds(1));
        assertThat(Listing.optionalReason("  ")).isNull();
        assertThat(Listing.optionalReason(" 已解决 ")).isEqualTo("已解决");
    }

    private static String code(Runnable r) {
        return problem(r).code();
    }

    private static ProblemException problem(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("no problem");
    }
}
