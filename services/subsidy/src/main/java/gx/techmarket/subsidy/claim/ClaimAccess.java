package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.subsidy.programme.ApprovalMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see and do what to a claim (plain Java). The claimant is the beneficiary's organisation; the admins who
 * review it are those of the beneficiary's region: in a {@code SUB_MARKET} programme an admin whose sub-market covers
 * the programme's and the beneficiary's region verifies and approves in one step; in a {@code CITY_THEN_PROVINCE} one
 * an admin of the beneficiary's city (not the province) verifies, then a province admin approves. Whoever's step it is
 * may also return or reject the claim.
 */
final class ClaimAccess {

    private ClaimAccess() {}

    /** What a reviewer's step is, for the current state of the claim. */
    enum Step { NONE, VERIFY, APPROVE }

    /** Its beneficiary's users and the admins of its sub-market; for everyone else it does not exist (404). */
    static boolean visible(Actor actor, String beneficiaryUscc, String region) {
        return actor.belongsTo(beneficiaryUscc) || actor.operates(region);
    }

    static boolean claimant(Actor actor, String beneficiaryUscc) {
        return actor.belongsTo(beneficiaryUscc);
    }

    /** The step the claim waits for in {@code status} under {@code mode}. */
    static Step step(ClaimStatus status, ApprovalMode mode) {
        return switch (status) {
            case SUBMITTED -> mode == ApprovalMode.CITY_THEN_PROVINCE ? Step.VERIFY : Step.APPROVE;
            case VERIFIED -> Step.APPROVE;
            default -> Step.NONE;
        };
    }

    /** Whether {@code actor} is the admin whose step {@code step} is. */
    static boolean reviews(Actor actor, Step step, ApprovalMode mode, String programmeSubMarket, String region) {
        if (!actor.operates(region)) {
            return false;
        }
        return switch (step) {
            case NONE -> false;
            case VERIFY -> !actor.isProvinceAdmin();
            case APPROVE -> mode == ApprovalMode.CITY_THEN_PROVINCE ? actor.isProvinceAdmin()
                    : actor.operates(programmeSubMarket);
        };
    }

    /** What {@code actor} may do to the claim now, in the order a page shows them. */
    static List<String> actions(Actor actor, ClaimStatus status, ApprovalMode mode, String programmeSubMarket,
            String beneficiaryUscc, String region) {
        List<String> actions = new ArrayList<>();
        if (claimant(actor, beneficiaryUscc) && status.editable()) {
            actions.add("update");
            actions.add("upload-evidence");
            actions.add("submit");
        }
        Step step = step(status, mode);
        if (reviews(actor, step, mode, programmeSubMarket, region)) {
            actions.add(step == Step.VERIFY ? "verify" : "approve");
            actions.add("return");
            actions.add("reject");
        }
        return List.copyOf(actions);
    }
}
