package gx.techmarket.registry.contract;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.registry.registration.KnownPoint;
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
        return ContractStatus.LIFECYCLE.actionsFrom(contract.status).stream()
                .filter(action -> mayTake(action, contract, actor, point)).toList();
    }

    private static boolean mayTake(String action, Contract contract, Actor actor, Optional<KnownPoint> point) {
        return switch (action) {
            case "submit" -> (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE))
                    && contract.isSeller(actor.orgId());
            case "accept" -> actor.has(Role.REGISTRAR) && point.isPresent();
            case "return-for-correction", "register" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            // an implemented move nobody may make would be listed to no one: name its rule here
            default -> throw new IllegalStateException("no rule for the contract action " + action);
        };
    }
}
