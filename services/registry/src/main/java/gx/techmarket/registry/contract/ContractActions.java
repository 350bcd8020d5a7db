package gx.techmarket.registry.contract;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;
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

    /**
     * The same, leaving out {@code register} when the contract cannot be registered yet ({@code registrable} false:
     * its expert review is required or incomplete, or its 技术交易额 is 0.00).
     */
    static List<String> of(Contract contract, Actor actor, Optional<KnownPoint> point, boolean registrable) {
        return of(contract, actor, point).stream().filter(a -> registrable || !a.equals("register")).toList();
    }

    private static boolean mayTake(String action, Contract contract, Actor actor, Optional<KnownPoint> point) {
        return switch (action) {
            case "submit" -> (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE))
                    && contract.isSeller(actor.orgId());
            case "accept" -> actor.has(Role.REGISTRAR) && point.filter(p -> covers(p, contract)).isPresent();
            case "resubmit" -> (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE))
                    && contract.isSeller(actor.orgId());
            case "start-review", "refuse" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            case "return-for-correction", "register" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            // an implemented move nobody may make would be listed to no one: name its rule here
            default -> throw new IllegalStateException("no rule for the contract action " + action);
        };
    }

    /**
     * Whether {@code point} may accept the contract: the 2026 rules have a contract registered where its filer is, so
     * a point accepts the filings of its own sub-market (a city point its city, one at 450000 all of Guangxi).
     */
    static boolean covers(KnownPoint point, Contract contract) {
        return SubMarket.of(point.region()).covers(contract.filerRegion());
    }
}
