package gx.techmarket.registry.contract;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.registry.registration.KnownPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actions a caller may take on a contract now, by the rules the service enforces: the lifecycle's moves from the
 * contract's state, each kept only if this caller may make it. The seller's organisation files (as a university or
 * an enterprise, the roles the endpoint admits); a registrar of a known registration point accepts a filing; the
 * point that accepted it returns or registers it.
 */
final class ContractActions {

    private ContractActions() {}

    /**
     * @param point the registration point the caller's organisation is, if it is one
     */
    static List<String> of(Contract contract, Actor actor, Optional<KnownPoint> point) {
        List<String> actions = new ArrayList<>(ContractStatus.LIFECYCLE.actionsFrom(contract.status).stream()
                .filter(action -> mayTake(action, contract, actor, point)).toList());
        actions.addAll(filingActions(contract, actor, point));
        return List.copyOf(actions);
    }

    /**
     * The actions beside the lifecycle's moves: {@code edit} (PUT) by the filer of its own filing while editable,
     * {@code assess} (核定) by the handling point's registrar while it examines the filing.
     */
    private static List<String> filingActions(Contract contract, Actor actor, Optional<KnownPoint> point) {
        List<String> actions = new ArrayList<>();
        if ((actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE) || actor.has(Role.BROKER))
                && contract.isEditableBy(actor.orgId())) {
            actions.add("edit");
        }
        if (actor.has(Role.REGISTRAR) && Contract.ASSESSABLE.contains(contract.status)
                && point.filter(contract::isDecidedBy).isPresent()) {
            actions.add("assess");
        }
        return actions;
    }

    private static boolean mayTake(String action, Contract contract, Actor actor, Optional<KnownPoint> point) {
        return switch (action) {
            case "submit" -> (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE) || actor.has(Role.BROKER))
                    && contract.isFiler(actor.orgId());
            case "accept" -> actor.has(Role.REGISTRAR) && point.isPresent();
            case "return-for-correction", "register" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            // an implemented move nobody may make would be listed to no one: name its rule here
            default -> throw new IllegalStateException("no rule for the contract action " + action);
        };
    }
}
