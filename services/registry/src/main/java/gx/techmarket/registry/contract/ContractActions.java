package gx.techmarket.registry.contract;

import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.registry.registration.KnownPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
        List<String> actions = new ArrayList<>(Stream.concat(ContractStatus.LIFECYCLE.actionsFrom(contract.status)
                .stream().filter(action -> mayTake(action, contract, actor, point)),
                mayObject(contract, actor) ? Stream.of(OBJECT) : Stream.empty()).toList());
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

    /** Raising an 异议 ({@code POST /contracts/{id}/objections}): not a move, the contract's state stays. */
    static final String OBJECT = "objections";

    /**
     * A party's organisation (as university, enterprise or broker) or an admin operating the contract (the tax or
     * finance authority) may object to a registration or a refusal, while it has no objection of its own open.
     */
    static boolean mayObject(Contract contract, Actor actor) {
        return ContractObjection.OPEN_TO_OBJECTION.contains(contract.status)
                && (mayObjectAsParty(contract, actor) || ContractService.operates(actor, contract))
                && contract.objections.stream().noneMatch(o -> o.isOpen() && o.raisedByUscc.equals(actor.orgId()));
    }

    static boolean mayObjectAsParty(Contract contract, Actor actor) {
        return (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE) || actor.has(Role.BROKER))
                && contract.isParty(actor.orgId());
    }

    /** Whether the caller may download the certificate: the parties, the registering point, admins operating it. */
    static boolean mayReadCertificate(Contract contract, Actor actor, Optional<KnownPoint> point) {
        return contract.verificationCode != null && (contract.isParty(actor.orgId())
                || ContractService.operates(actor, contract)
                || (actor.has(Role.REGISTRAR) && point.filter(contract::isRegisteredAt).isPresent()));
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
            case "submit", "resubmit" -> (actor.has(Role.UNIVERSITY) || actor.has(Role.ENTERPRISE)
                    || actor.has(Role.BROKER)) && contract.isFiler(actor.orgId());
            case "accept" -> actor.has(Role.REGISTRAR) && point.filter(p -> covers(p, contract)).isPresent();
            case "start-review", "refuse" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            case "return-for-correction", "register" -> actor.has(Role.REGISTRAR)
                    && point.filter(contract::isDecidedBy).isPresent();
            case "amend", "deregister" -> actor.has(Role.REGISTRAR) && point.filter(contract::isRegisteredAt).isPresent();
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
